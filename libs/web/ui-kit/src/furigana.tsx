import { loadFuriganaReadings, toRubySegments } from '@madoguchi/shared-util-i18n';
import type { FuriganaReadings } from '@madoguchi/shared-util-i18n';
import { createContext, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';

export type FuriganaProps = {
  text: string;
  /** The readings table; by default the one of the `FuriganaProvider` above. */
  readings?: FuriganaReadings;
};

const NO_READINGS: FuriganaReadings = {};

/** The generated table once loaded (it is a chunk of its own: only やさしい日本語 needs it). */
let generatedReadings: FuriganaReadings | undefined;
let loadingReadings: Promise<FuriganaReadings> | undefined;

/**
 * Loads the generated readings table (once). An app awaits it before its first render when the
 * page opens in やさしい日本語, so the first paint already has its furigana (no layout shift).
 */
export function preloadFuriganaReadings(): Promise<FuriganaReadings> {
  loadingReadings ??= loadFuriganaReadings().then(
    (readings) => (generatedReadings = readings),
    (error: unknown) => {
      // A failed chunk (network) may be fetched again on the next switch to やさしい日本語.
      loadingReadings = undefined;
      throw error;
    },
  );
  return loadingReadings;
}

/** The generated table: at once when loaded, else plain texts until it arrives. */
function useGeneratedReadings(isNeeded: boolean): FuriganaReadings {
  const [readings, setReadings] = useState(generatedReadings);
  useEffect(() => {
    if (isNeeded && readings === undefined) {
      preloadFuriganaReadings().then(setReadings, () => undefined);
    }
  }, [isNeeded, readings]);
  return readings ?? generatedReadings ?? NO_READINGS;
}

/**
 * A text with the reading of each kanji word above it: `<ruby>申請<rt>しんせい</rt></ruby>`.
 * Browsers put spaces around ruby in accessible names (「次 へ」), so the ruby is hidden from
 * assistive technology and a visually hidden copy of the plain text is what it reads: a
 * control's accessible name stays exactly its text, and speech reads the kanji itself.
 */
export function Furigana({ text, readings }: FuriganaProps) {
  const setting = useContext(FuriganaContext);
  const segments = toRubySegments(text, readings ?? setting.readings);
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

const FuriganaContext = createContext<FuriganaSetting>({ isOn: false, readings: NO_READINGS });

/**
 * Turns furigana on for the texts under it (the citizen app does when the language is やさしい日本語).
 * Without `readings`, the generated table, loaded when furigana are first turned on.
 */
export function FuriganaProvider({
  isOn,
  readings,
  children,
}: {
  isOn: boolean;
  readings?: FuriganaReadings;
  children: ReactNode;
}) {
  const generated = useGeneratedReadings(isOn && readings === undefined);
  return (
    <FuriganaContext value={{ isOn, readings: readings ?? generated }}>{children}</FuriganaContext>
  );
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
