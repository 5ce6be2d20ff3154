// The few extension APIs the test harness calls inside extension pages and the service worker.
declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: {
    session: { get(key: string): Promise<Record<string, unknown>> };
    local: { set(items: Record<string, unknown>): Promise<void> };
  };
};
