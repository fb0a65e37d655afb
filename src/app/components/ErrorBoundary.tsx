import i18next from 'i18next';
import { Component, type ReactNode } from 'react';
import { isChunkLoadError, reloadOnce } from './chunkReload';

// The last net under the whole app: a screen that throws shows this instead of a white page.
// It leans on as little as possible (no hooks, no context, no router, no pictograms), since the
// React state around it may be what broke. Its texts come from the start bundle; the buttons have
// Dutch words even if the translations fail.

type Key =
  | 'crash.title'
  | 'crash.text'
  | 'crash.reload'
  | 'crash.reloading'
  | 'crash.remove'
  | 'crash.removeWarning'
  | 'crash.removeConfirm'
  | 'crash.removeCancel'
  | 'crash.removeFailed';

// The ways out, in Dutch, for when not even the texts work (all other texts are in locales/).
const FALLBACK: Partial<Record<Key, string>> = {
  'crash.title': 'Er ging iets mis',
  'crash.reload': 'Opnieuw laden',
  'crash.remove': 'Verwijder mijn gegevens',
  'crash.removeConfirm': 'Ja, verwijder alles',
};

function text(key: Key): string {
  try {
    const translated = i18next.t(key, { ns: 'common' });
    return typeof translated === 'string' && translated && translated !== key ? translated : (FALLBACK[key] ?? '');
  } catch {
    return FALLBACK[key] ?? '';
  }
}

export interface ErrorBoundaryProps {
  children: ReactNode;
  /** For tests; the real ones reload the page and remove this person's data. */
  reload?: () => void;
  removeData?: () => Promise<unknown>;
  afterRemove?: () => void;
}

interface State {
  failed: boolean;
  reloading: boolean;
  step: 'start' | 'confirm' | 'removing' | 'remove-failed';
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { failed: false, reloading: false, step: 'start' };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // A chunk that is gone after a new version: one reload fetches the new one.
    if (isChunkLoadError(error) && reloadOnce(this.props.reload)) this.setState({ reloading: true });
  }

  private reload = () => (this.props.reload ?? (() => window.location.reload()))();

  private remove = async () => {
    this.setState({ step: 'removing' });
    try {
      await (this.props.removeData ?? (await import('../../data')).removeMyData)();
    } catch {
      this.setState({ step: 'remove-failed' });
      return;
    }
    (this.props.afterRemove ?? (() => window.location.replace('/')))();
  };

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    if (this.state.reloading) {
      return (
        <main className="content">
          <p className="utrecht-paragraph" role="status">{text('crash.reloading')}</p>
        </main>
      );
    }
    const { step } = this.state;
    return (
      <main className="content crash" aria-labelledby="crash-title">
        <section className="card" role="alert">
          <h1 className="utrecht-heading-1" id="crash-title">{text('crash.title')}</h1>
          <p className="utrecht-paragraph">{text('crash.text')}</p>
          <button type="button" className="utrecht-button utrecht-button--primary-action button--block" onClick={this.reload}>
            {text('crash.reload')}
          </button>
          {step === 'start' ? (
            <button type="button" className="utrecht-button utrecht-button--secondary-action button--block" onClick={() => this.setState({ step: 'confirm' })}>
              {text('crash.remove')}
            </button>
          ) : (
            <div className="banner utrecht-alert utrecht-alert--warning">
              <p className="utrecht-paragraph">{text(step === 'remove-failed' ? 'crash.removeFailed' : 'crash.removeWarning')}</p>
              <div className="banner__actions">
                <button type="button" className="utrecht-button utrecht-button--primary-action utrecht-button--danger" disabled={step === 'removing'} onClick={() => void this.remove()}>
                  {text('crash.removeConfirm')}
                </button>
                <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => this.setState({ step: 'start' })}>
                  {text('crash.removeCancel')}
                </button>
              </div>
            </div>
          )}
        </section>
      </main>
    );
  }
}
