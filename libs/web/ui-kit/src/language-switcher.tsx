export type LanguageOption<Value extends string> = {
  value: Value;
  /** The name of the language in that language, e.g. "English". */
  label: string;
  /** BCP 47 tag of the label, so screen readers pronounce it right. */
  lang: string;
};

export type LanguageSwitcherProps<Value extends string> = {
  /** Accessible name of the group, e.g. "言語 / Language". */
  label: string;
  options: readonly LanguageOption<Value>[];
  value: Value;
  onChange: (value: Value) => void;
};

/** Toggle buttons for the interface language (日本語 / English / やさしい日本語). */
export function LanguageSwitcher<Value extends string>({
  label,
  options,
  value,
  onChange,
}: LanguageSwitcherProps<Value>) {
  return (
    <div className="mdg-language-switcher" role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          lang={option.lang}
          className="mdg-language-switcher__button"
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
