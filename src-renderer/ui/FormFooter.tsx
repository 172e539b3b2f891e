interface FormFooterProps {
  /** A problem with the whole form (conflict, disk full), announced as an alert. */
  error: string | null;
  saving: boolean;
  submitLabel: string;
  onCancel: () => void;
  /** For forms whose action destroys something, such as erasing a person. */
  danger?: boolean;
}

/** The end of every form: the form-level error, then the action and Cancel. */
export function FormFooter({ error, saving, submitLabel, onCancel, danger }: FormFooterProps) {
  return (
    <>
      {error && (
        <div className="notice notice--error" role="alert">
          {error}
        </div>
      )}
      <div className="form-actions">
        <button
          type="submit"
          className={danger ? 'button button--danger' : 'button'}
          disabled={saving}
        >
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
