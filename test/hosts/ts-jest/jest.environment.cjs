// Jest's jsdom environment with the Node globals that jsdom lacks and msw 2.15 and the kit need.
const { TestEnvironment } = require("jest-environment-jsdom");

module.exports = class JsdomWithFetch extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    // The kit's client calls fetch(); msw/node intercepts it.
    this.global.fetch = fetch;
    // @mswjs/interceptors subclasses Request and Response when it loads.
    this.global.Request = Request;
    this.global.Response = Response;
    // @mswjs/interceptors encodes bodies; the kit's mock API decodes the JSON it receives.
    this.global.TextEncoder = TextEncoder;
    this.global.TextDecoder = TextDecoder;
    // msw builds its ws and sse APIs and its fetch interceptor with these when it loads.
    this.global.BroadcastChannel = BroadcastChannel;
    this.global.WritableStream = WritableStream;
    this.global.TransformStream = TransformStream;
  }
};
