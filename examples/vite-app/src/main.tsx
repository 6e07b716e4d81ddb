import { Component, StrictMode, type ReactNode } from "react";
import { createRoot } from "react-dom/client";

import { App } from "./App";

// Shows what the app throws while rendering. In development that includes a definition that
// failed to build: soda-cache throws its diagnostic (code and file:line) where it is used.
// React Refresh renders the app again once the file is fixed.
class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    return this.state.error ? <pre id="error">{this.state.error.message}</pre> : this.props.children;
  }
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
