/** How long an Undo stays on offer. */
export const UNDO_MS = 10_000;

export interface UndoOffer {
  /** What was done, e.g. "Deleted 3 prospects". */
  message: string;
  undo: () => Promise<void>;
}

/**
 * The one pending undo. A newer action replaces the older offer (the older change stays, as in
 * a mail client); the offer disappears after `UNDO_MS`. While the user holds it (the pointer on
 * it, the focus in it) it stays: a time limit the user cannot stop fails people who read or move
 * slowly. Timers are injected so tests can run it.
 */
export class UndoSlot {
  private offer: UndoOffer | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly holds = new Set<string>();
  private readonly listeners = new Set<(offer: UndoOffer | null) => void>();

  constructor(private readonly ms: number = UNDO_MS) {}

  get current(): UndoOffer | null {
    return this.offer;
  }

  subscribe(listener: (offer: UndoOffer | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  put(offer: UndoOffer): void {
    this.set(offer);
    this.startTimer();
  }

  /** Keep the offer while `reason` ("hover", "focus") holds; once nothing does, it gets its full time again. */
  hold(reason: string, on: boolean): void {
    if (on) {
      this.holds.add(reason);
      this.stopTimer();
    } else if (this.holds.delete(reason)) {
      this.startTimer();
    }
  }

  dismiss(): void {
    this.set(null);
  }

  /** Run the pending undo once; a second click (or a click after expiry) does nothing. */
  async undo(): Promise<boolean> {
    const offer = this.offer;
    if (!offer) return false;
    this.set(null);
    await offer.undo();
    return true;
  }

  private startTimer(): void {
    this.stopTimer();
    if (this.offer && this.holds.size === 0) this.timer = setTimeout(() => this.set(null), this.ms);
  }

  private stopTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private set(offer: UndoOffer | null): void {
    this.stopTimer();
    // A toast that leaves reports no pointer-out or blur: what held the old offer is gone with it.
    if (!offer) this.holds.clear();
    this.offer = offer;
    for (const l of this.listeners) l(offer);
  }
}
