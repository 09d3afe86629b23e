import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorBox } from './error-box.tsx';

interface Props {
  /** What failed, for the message ("Shipments panel"). */
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Contains a failure to one part of the page: it shows what broke and offers a retry, the rest keeps working. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept visible to developers; the user sees the message below.
    console.warn(`${this.props.name} failed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <ErrorBox name={this.props.name} error={error} onRetry={() => this.setState({ error: null })} />;
  }
}
