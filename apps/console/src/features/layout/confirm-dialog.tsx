import { Button, ButtonGroup, Notice, useFocusOnChange } from '@madoguchi/web-ui-kit';

export type ConfirmDialogProps = {
  /** Prefix of the body's id (`${id}-body`), unique on the page. */
  id: string;
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Focus moves to the dialog whenever this changes (the thing being confirmed). */
  focusKey: string;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * Asks before an action that cannot be taken back: an inline alertdialog that takes the focus,
 * named by its title and described by its body, with the action as a warning button.
 */
export function ConfirmDialog({
  id,
  title,
  body,
  confirmLabel,
  cancelLabel,
  focusKey,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useFocusOnChange<HTMLDivElement>(focusKey);
  const bodyId = `${id}-body`;
  return (
    <div ref={ref} tabIndex={-1} role="alertdialog" aria-label={title} aria-describedby={bodyId}>
      <Notice tone="warning" title={title}>
        <p id={bodyId}>{body}</p>
        <ButtonGroup>
          <Button variant="warning" onClick={onConfirm}>
            {confirmLabel}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {cancelLabel}
          </Button>
        </ButtonGroup>
      </Notice>
    </div>
  );
}
