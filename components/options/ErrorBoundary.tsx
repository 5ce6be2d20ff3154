import { Component, type ComponentChildren } from 'preact';
import { describeStorageError } from '@/utils/prospects/storage-health';

interface State {
  /** A render failure: replaces the page with its message. */
  fatal: string | null;
  /** A failure outside rendering (an unhandled promise): shown above the page, which stays usable. */
  stray: string | null;
}

/** The page never goes blank: any failure is shown as a plain sentence (storage errors explained). */
export class ErrorBoundary extends Component<{ children: ComponentChildren }, State> {
  override state: State = { fatal: null, stray: null };

  static override getDerivedStateFromError(err: unknown): Partial<State> {
    return { fatal: describeStorageError(err) };
  }

  private readonly onRejection = (e: PromiseRejectionEvent) => this.setState({ stray: describeStorageError(e.reason) });
  private readonly onError = (e: ErrorEvent) => {
    // Benign browser notices (a ResizeObserver loop while the table resizes) come without an error object.
    if (e.error != null) this.setState({ stray: describeStorageError(e.error) });
  };

  override componentDidMount() {
    window.addEventListener('unhandledrejection', this.onRejection);
    window.addEventListener('error', this.onError);
  }

  override componentWillUnmount() {
    window.removeEventListener('unhandledrejection', this.onRejection);
    window.removeEventListener('error', this.onError);
  }

  override render() {
    const { fatal, stray } = this.state;
    if (fatal) {
      return (
        <div role="alert" data-testid="page-error" class="m-6 max-w-2xl rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
          <div class="font-semibold">Linkscout could not show this page</div>
          <p class="mt-1">{fatal}</p>
          <button type="button" class="mt-3 rounded border border-red-300 bg-white px-3 py-1" onClick={() => location.reload()}>
            Reload
          </button>
        </div>
      );
    }
    return (
      <>
        {stray && (
          <div role="alert" data-testid="page-error" class="sticky top-0 z-30 flex gap-2 border-b border-red-200 bg-red-50 px-4 py-2 text-sm text-red-900">
            <span class="flex-1">{stray}</span>
            <button type="button" class="underline" onClick={() => this.setState({ stray: null })}>
              Dismiss
            </button>
          </div>
        )}
        {this.props.children}
      </>
    );
  }
}
