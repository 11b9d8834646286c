import { Button, TextInput } from '@madoguchi/web-ui-kit';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { MESSAGES } from '../../i18n/messages.js';

/** The id of the search box, which the `/` shortcut focuses. */
export const QUEUE_SEARCH_ID = 'queue-search';

/** The search box of the queue: a 受付番号 or the applicant's name in kanji or kana. */
export function WorkQueueSearch({
  initial,
  onSearch,
}: {
  initial: string;
  onSearch: (text: string) => void;
}) {
  const [text, setText] = useState(initial);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(text);
  };
  return (
    <form
      role="search"
      aria-label={MESSAGES.searchRegion}
      onSubmit={onSubmit}
      className="mdg-queue-search"
    >
      <TextInput
        id={QUEUE_SEARCH_ID}
        type="search"
        label={MESSAGES.searchLabel}
        hint={MESSAGES.searchHint}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        suffix={
          <Button type="submit" variant="secondary">
            {MESSAGES.searchButton}
          </Button>
        }
      />
    </form>
  );
}
