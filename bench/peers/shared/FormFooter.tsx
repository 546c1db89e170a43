/** Props of {@link FormFooter}. */
export interface FormFooterProps {
  alert?: string | undefined;
  created: string | null;
  pending: boolean;
  submitLabel: string;
  submittingLabel: string;
}

/** Alert, status and submit button in the kit's markup. */
export function FormFooter({ alert, created, pending, submitLabel, submittingLabel }: FormFooterProps) {
  return (
    <>
      {alert ? (
        <div role="alert" tabIndex={-1} data-slot="alert">
          {alert}
        </div>
      ) : null}
      <div role="status" data-slot="status">
        {created}
      </div>
      <div data-slot="actions">
        <button type="submit" aria-busy={pending || undefined} data-pending={pending || undefined} data-slot="submit">
          {pending ? submittingLabel : submitLabel}
        </button>
      </div>
    </>
  );
}
