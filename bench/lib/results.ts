/** The shape of `bench/results/*.json`: a summary, plus raw samples in the timestamped files. */
import type { PeerId } from "../peers/ids";
import type { BytesResult } from "./bytes";
import type { CommitRun } from "./commits";
import type { ConversationListRun } from "./conversationListPhase";
import type { ListEditRun } from "./listEditPhase";
import type { Machine } from "./machine";
import type { PickerKeystrokes } from "./pickerBench";
import type { ProxyScenario } from "./proxyBench";
import type { Summary } from "./stats";
import type { WorkspaceTagsRun } from "./workspaceTagsPhase";

/** Keystroke work of one peer under one condition. */
export interface KeystrokeSummary {
  /** Main-thread ms per key (net of the idle probe). */
  task: Summary;
  /** In-page key-event handler ms per key. */
  handler: Summary;
  /** The idle probe subtracted, median ms (one value per half-run). */
  idleMs: number[];
  /**
   * The same statistics over each of the two sessions (each on freshly opened pages): how much one
   * form moves within one run, which is the noise the verdicts allow for.
   */
  halves: { task: [Summary, Summary]; handler: [Summary, Summary] };
}

/** A keystroke condition: page (with or without the 1,000-tag list) and CPU throttling. */
export interface KeystrokeCondition {
  id: string;
  label: string;
  listTags: number;
  throttle: number;
  peers: Record<PeerId, KeystrokeSummary>;
}

/** 422 to painted error, per peer. */
export interface ServerErrorSummary {
  toFrame: Summary;
  toDom: Summary;
}

/** Everything one run measured. */
export interface BenchSummary {
  date: string;
  quick: boolean;
  wallSeconds: number;
  phaseSeconds: Record<string, number>;
  machine: Machine;
  chromiumSource: string;
  versions: Record<string, string>;
  plan: { keys: number; titleLength: number; listTags: number; errorAttempts: number; requests: number; connections: number };
  commits: Record<PeerId, CommitRun>;
  /** Typing with the 1,000-tag list on the page, profiling build: list commits per key. */
  listCommits: Record<PeerId, CommitRun>;
  /** Editing one row of the 1,000-tag list, profiling build: what React rendered (absent in older runs). */
  listEdit?: ListEditRun;
  keystrokes: KeystrokeCondition[];
  bytes: BytesResult;
  serverError: Record<PeerId, ServerErrorSummary>;
  /** Typing in `ConversationTagPicker` against typing in the form, same page and run (absent in older runs). */
  picker?: PickerKeystrokes;
  proxy: ProxyScenario[];
  /** When the proxy section was measured (a proxy-only run replaces only it), and how many rounds. */
  proxyRun?: { date: string; wallSeconds: number; rounds: number };
  /** `ConversationList` with 1,000 conversations beside the form (issue 21; absent in older runs). */
  conversationList?: ConversationListRun;
  /** Pickers at 10,000 tags with 100 ms a request (issue 22; absent in older runs). */
  workspaceTags?: WorkspaceTagsRun;
  /**
   * Sections last measured by an `--only` run rather than with the rest (the proxy's is `proxyRun`):
   * when, the wall time of that run, and the kit's version and commit it measured.
   */
  partialRuns?: Record<string, { date: string; wallSeconds: number; kit?: string }>;
}

/** Raw samples behind the summary. */
export interface BenchRaw {
  keystrokes: Record<string, Record<PeerId, { taskMs: number[]; handlerMs: number[] }>>;
  serverError: Record<PeerId, { toFrameMs: number[]; toDomMs: number[] }>;
}
