import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { TagsApiError, TagsApiProvider, useCreateTagForm, type UseCreateTagFormOptions } from "../../src";
import { baseUrl, startMockNetwork } from "./harness";

const network = startMockNetwork();

function wrapper({ children }: { children: ReactNode }) {
  return <TagsApiProvider baseUrl={baseUrl}>{children}</TagsApiProvider>;
}

function renderFormHook(options?: UseCreateTagFormOptions) {
  return renderHook(
    () => {
      const tagForm = useCreateTagForm(options);
      // Read here, as a consumer would, so react-hook-form keeps these fresh (it tracks what is read).
      const { errors, isSubmitting } = tagForm.form.formState;
      return { ...tagForm, errors, isSubmitting };
    },
    { wrapper },
  );
}

type Hook = ReturnType<typeof renderFormHook>["result"];

/** Submits and waits until the mutation's outcome has rendered (react-query notifies on a later tick). */
async function submit(result: Hook, title: string) {
  act(() => {
    result.current.form.setValue("title", title);
  });
  await act(() => result.current.handleSubmit());
  await waitFor(() => {
    expect(result.current.status).not.toBe("submitting");
  });
}

describe("useCreateTagForm", () => {
  it("starts idle with no server error and empty values", () => {
    const { result } = renderFormHook();
    expect(result.current.status).toBe("idle");
    expect(result.current.serverError).toBeNull();
    expect(result.current.createdTag).toBeNull();
    expect(result.current.form.getValues()).toEqual({ title: "", description: "" });
  });

  it("creates the tag, reports success and resets to the default values", async () => {
    const onSuccess = vi.fn();
    const { result } = renderFormHook({ onSuccess, defaultValues: { description: "Default" } });
    await submit(result, "  Refund ");
    expect(result.current.status).toBe("success");
    const [tag] = network.api.tags();
    expect(tag).toMatchObject({ title: "Refund", description: "Default" });
    expect(result.current.createdTag).toEqual(tag);
    expect(onSuccess).toHaveBeenCalledWith(tag);
    expect(result.current.form.getValues()).toEqual({ title: "", description: "Default" });
  });

  it("keeps the values with resetOnSuccess false", async () => {
    const { result } = renderFormHook({ resetOnSuccess: false });
    await submit(result, "Refund");
    expect(result.current.status).toBe("success");
    expect(result.current.form.getValues("title")).toBe("Refund");
  });

  it("is submitting while the request runs", async () => {
    const { result } = renderFormHook();
    const request = network.holdNextCreate();
    act(() => {
      result.current.form.setValue("title", "Refund");
    });
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = result.current.handleSubmit();
    });
    await waitFor(() => {
      expect(result.current.status).toBe("submitting");
    });
    expect(result.current.isSubmitting).toBe(true);
    request.release();
    await act(() => done);
    await waitFor(() => {
      expect(result.current.status).toBe("success");
    });
    expect(result.current.isSubmitting).toBe(false);
  });

  it("ignores a submit while one runs", async () => {
    const { result } = renderFormHook();
    act(() => {
      result.current.form.setValue("title", "Refund");
    });
    await act(() => Promise.all([result.current.handleSubmit(), result.current.handleSubmit()]));
    expect(network.createRequests).toHaveLength(1);
  });

  it("puts a 422 field message on the field as a server error, not in serverError", async () => {
    const onError = vi.fn();
    const { result } = renderFormHook({ onError });
    network.api.failNext({
      kind: "status",
      status: 422,
      body: { detail: [{ type: "x", loc: ["body", "title"], msg: "Title is taken" }] },
    });
    await submit(result, "Refund");
    expect(result.current.status).toBe("error");
    expect(result.current.serverError).toBeNull();
    expect(result.current.form.getFieldState("title").error).toMatchObject({ type: "server", message: "Title is taken" });
    expect(onError).toHaveBeenCalledWith(expect.any(TagsApiError));
  });

  it("puts every other failure in serverError and root.server, in the given language", async () => {
    const { result } = renderFormHook({ messages: { errorForbidden: "Nicht erlaubt." } });
    network.api.failNext({ kind: "status", status: 403 });
    await submit(result, "Refund");
    expect(result.current.serverError).toBe("Nicht erlaubt.");
    expect(result.current.errors.root?.server?.message).toBe("Nicht erlaubt.");
    expect(result.current.form.getValues("title")).toBe("Refund");
  });

  it("clears serverError on the next submit, and reset() returns to idle", async () => {
    const { result } = renderFormHook();
    network.api.failNext({ kind: "status", status: 500 });
    await submit(result, "Refund");
    expect(result.current.serverError).not.toBeNull();
    await submit(result, "");
    expect(result.current.serverError).toBeNull();
    expect(result.current.errors.root).toBeUndefined();
    expect(result.current.form.getFieldState("title").error?.message).toBe("title_required");

    act(() => {
      result.current.reset();
    });
    expect(result.current.status).toBe("idle");
    expect(result.current.form.getFieldState("title").error).toBeUndefined();
  });

  it("passes mutationOptions through to the mutation", async () => {
    const onSettled = vi.fn();
    const { result } = renderFormHook({ mutationOptions: { onSettled } });
    await submit(result, "Refund");
    expect(onSettled).toHaveBeenCalledOnce();
  });

  it("wires ids: describedby lists hint, counter and, when invalid, the error", () => {
    const { result } = renderFormHook();
    const { ids, getFieldProps } = result.current;
    const title = getFieldProps("title");
    expect(title).toMatchObject({ id: ids.title.input, name: "title", "aria-invalid": false });
    expect(title["aria-describedby"]).toBe(ids.title.counter);
    expect(title.onKeyDown).toBeUndefined();
    expect(title).not.toHaveProperty("maxLength");
    const description = getFieldProps("description", { invalid: true });
    expect(description["aria-describedby"]).toBe(
      `${ids.description.hint} ${ids.description.counter} ${ids.description.error}`,
    );
    expect(description["aria-invalid"]).toBe(true);
    expect(description.onKeyDown).toBeTypeOf("function");
  });

  it("gives each form its own ids", () => {
    const first = renderFormHook().result.current.ids;
    const second = renderFormHook().result.current.ids;
    expect(first.title.input).not.toBe(second.title.input);
  });
});
