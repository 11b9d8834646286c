import { Button, VisuallyHidden } from '@madoguchi/web-ui-kit';
import type { ReactNode } from 'react';
import { useOverlayEditorMessages } from './overlay-editor-messages.js';

type RemovableItemProps = {
  /** The item's place in its list (0-based); read after the button's label, `（1）`. */
  index: number;
  removeLabel: string;
  onRemove: () => void;
  /** A choice of a local field (drawn smaller) rather than an entry of a section. */
  isOption?: boolean;
  children: ReactNode;
};

/** One entry of a list the editor adds to (help texts, guidance, deadlines, choices), with its 削除 button. */
export function RemovableItem({
  index,
  removeLabel,
  onRemove,
  isOption,
  children,
}: RemovableItemProps) {
  const M = useOverlayEditorMessages();
  return (
    <div className={isOption ? 'mdg-overlay-editor__option' : 'mdg-overlay-editor__item'}>
      {children}
      <Button variant="secondary" onClick={onRemove}>
        {removeLabel}
        <VisuallyHidden>{M.itemNumber(index)}</VisuallyHidden>
      </Button>
    </div>
  );
}
