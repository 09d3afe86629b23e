/** What could not be shown and why, with a retry: the rest of the page keeps working. */
export function ErrorBox({ name, error, onRetry }: { name: string; error: Error; onRetry: () => void }) {
  return (
    <div className="error-box" role="alert">
      <p>
        <strong>{name} could not be shown.</strong> {error.message}
      </p>
      <button type="button" className="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
