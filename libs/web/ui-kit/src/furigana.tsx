import { FURIGANA_READINGS, toRubySegments } from '@madoguchi/shared-util-i18n';
import type { FuriganaReadings } from '@madoguchi/shared-util-i18n';
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';

export type FuriganaProps = {
  text: string;
  /** The readings table; the one generated at build time by default. */
  readings?: FuriganaReadings;
};

/**
 * A text with the reading of each kanji word above it: `<ruby>申請<rt>しんせい</rt></ruby>`.
 * Browsers put spaces around ruby in accessible names (「次 へ」), so the ruby is hidden from
 * assistive technology and a visually hidden copy of the plain text is what it reads: a
 * control's accessible name stays exactly its text, and speech reads the kanji itself.
 */
export function Furigana({ text, readings = FURIGANA_READINGS }: FuriganaProps) {
  const segments = toRubySegments(text, readings);
  if (segments.every((segment) => segment.reading === undefined)) {
    return <>{text}</>;
  }
  // One inline box: inside a flex container (a button) the words must not become separate items.
  return (
    <span className="mdg-furigana">
      <span aria-hidden="true">
        {segments.map((segment, index) =>
          segment.reading === undefined ? (
            segment.text
          ) : (
            <ruby key={index} className="mdg-ruby">
              {segment.text}
              <rp>（</rp>
              <rt>{segment.reading}</rt>
              <rp>）</rp>
            </ruby>
          ),
        )}
      </span>
      <span className="mdg-visually-hidden">{text}</span>
    </span>
  );
}

type FuriganaSetting = { isOn: boolean; readings: FuriganaReadings };

const FuriganaContext = createContext<FuriganaSetting>({
  isOn: false,
  readings: FURIGANA_READINGS,
});

/** Turns furigana on for the texts under it (the citizen app does when the language is やさしい日本語). */
export function FuriganaProvider({
  isOn,
  readings = FURIGANA_READINGS,
  children,
}: {
  isOn: boolean;
  readings?: FuriganaReadings;
  children: ReactNode;
}) {
  return <FuriganaContext value={{ isOn, readings }}>{children}</FuriganaContext>;
}

/** Whether texts get furigana here, and a function that adds them to a string when they do. */
export function useFurigana(): { isOn: boolean; ruby: (node: ReactNode) => ReactNode } {
  const { isOn, readings } = useContext(FuriganaContext);
  return {
    isOn,
    ruby: (node) =>
      isOn && typeof node === 'string' ? <Furigana text={node} readings={readings} /> : node,
  };
}

/**
 * A text as the reader's language shows it: with furigana under a `FuriganaProvider` that is on,
 * plain otherwise. Anything but a string passes through unchanged.
 */
export function RubyText({ children }: { children: ReactNode }) {
  const { ruby } = useFurigana();
  return <>{ruby(children)}</>;
}
