import { Button, TextInput } from '@madoguchi/web-ui-kit';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useMessages } from '../../i18n/locale-context.js';

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
  const messages = useMessages();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(text);
  };
  return (
    <form
      role="search"
      aria-label={messages.searchRegion}
      onSubmit={onSubmit}
      className="mdg-queue-search"
    >
      <TextInput
        id={QUEUE_SEARCH_ID}
        type="search"
        label={messages.searchLabel}
        hint={messages.searchHint}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        suffix={
          <Button type="submit" variant="secondary">
            {messages.searchButton}
          </Button>
        }
      />
    </form>
  );
}
