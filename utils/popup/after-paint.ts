/** Resolves once the next frame is painted, or after 100 ms when no frame comes (a hidden page). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}
