// Type declarations for harness.mjs (see sim/README.md).
export declare const DEFAULT_ZONE_ID: string;
export declare const DEFAULT_TOKEN: string;

export interface FaultSpec {
  kind: 'status' | 'latency' | 'drop' | 'malformed_json' | 'truncated';
  status?: number;
  retryAfter?: number;
  latencyMs?: number;
  count?: number;
  pathPrefix?: string;
  method?: string;
  code?: number;
  message?: string;
}

export interface ForcedStatus {
  status?: string;
  sslStatus?: string;
  validationErrors?: Array<string | { message: string }>;
  verificationErrors?: string[];
}

export interface SimAdmin {
  addDns(name: string, type: string, value: string | string[], ttl?: number): Promise<unknown>;
  removeDns(name: string, type: string, value?: string | string[]): Promise<unknown>;
  listDns(name?: string): Promise<{ records: Array<{ name: string; type: string; value: string | string[]; ttl: number; source: string }> }>;
  advanceClock(advanceSeconds: number): Promise<{ now: string }>;
  setFaults(faults: FaultSpec | FaultSpec[]): Promise<unknown>;
  clearFaults(): Promise<unknown>;
  forceStatus(id: string, body: ForcedStatus): Promise<{ result: unknown }>;
  setQuota(quota: { zoneId?: string; allocated?: number; hardCap?: number }): Promise<unknown>;
  setRateLimit(limit?: number, windowSeconds?: number): Promise<{ limit: number; windowSeconds: number }>;
  reset(): Promise<unknown>;
  state(): Promise<{ now: string; speed: number; schemaViolations: number; faults: unknown[]; world: unknown }>;
}

export interface Sim {
  url: string;
  apiBase: string;
  dohUrl: string;
  zoneId: string;
  token: string;
  /** The spawned node:child_process ChildProcess. */
  process: { pid?: number; kill(signal?: string): boolean };
  admin: SimAdmin;
  dohJson(name: string, type?: string): Promise<{
    Status: number;
    TC: boolean;
    RD: boolean;
    RA: boolean;
    AD: boolean;
    CD: boolean;
    Question: Array<{ name: string; type: number }>;
    Answer?: Array<{ name: string; type: number; TTL: number; data: string }>;
    Authority?: Array<{ name: string; type: number; TTL: number; data: string }>;
  }>;
  stop(): Promise<{ code: number | null; signal: string | null }>;
}

export declare function startSim(options?: { args?: string[]; bin?: string; startTimeoutMs?: number }): Promise<Sim>;
