interface FormFooterProps {
  /** A problem with the whole form (conflict, disk full), announced as an alert. */
  error: string | null;
  saving: boolean;
  submitLabel: string;
  onCancel: () => void;
  /** For forms whose action destroys something: red, with the safe choice (Cancel) first. */
  danger?: boolean;
}

/** The end of every form: the form-level error, then the action and Cancel. */
export function FormFooter({ error, saving, submitLabel, onCancel, danger }: FormFooterProps) {
  const cancel = (
    <button type="button" className="button button--secondary" onClick={onCancel}>
      Cancel
    </button>
  );
  return (
    <>
      {error && (
        <div className="notice notice--error" role="alert">
          {error}
        </div>
      )}
      <div className="form-actions">
        {danger && cancel}
        <button
          type="submit"
          className={danger ? 'button button--danger' : 'button'}
          disabled={saving}
        >
          {submitLabel}
        </button>
        {!danger && cancel}
      </div>
    </>
  );
}
