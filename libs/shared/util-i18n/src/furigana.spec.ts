import {
  alignReading,
  findKanjiWithoutReading,
  toHiragana,
  toRubySegments,
  withReadingsInBrackets,
} from './furigana.js';
import { FURIGANA_READINGS } from './furigana-readings.generated.js';

const READINGS = {
  選ん: 'えらん',
  取り消し: 'とりけし',
  申請: 'しんせい',
  申請書: 'しんせいしょ',
  日: 'ひ',
  '#月': 'がつ',
  '#日': 'にち',
  '#月1日': 'ついたち',
  '#1日': 'いちにち',
  '#か月': 'かげつ',
};

describe(toRubySegments.name, () => {
  it('puts the reading over the kanji and leaves the okurigana plain', () => {
    expect(toRubySegments('選んでください', READINGS)).toEqual([
      { text: '選', reading: 'えら' },
      { text: 'んでください' },
    ]);
  });

  it('takes the longest known word', () => {
    expect(toRubySegments('申請書を出す', READINGS)).toEqual([
      { text: '申請書', reading: 'しんせいしょ' },
      { text: 'を出す' },
    ]);
  });

  it('splits a reading around kana inside a word', () => {
    expect(alignReading('取り消し', 'とりけし')).toEqual([
      { text: '取', reading: 'と' },
      { text: 'り' },
      { text: '消', reading: 'け' },
      { text: 'し' },
    ]);
  });

  it('reads the first of a month differently from one day', () => {
    expect(toRubySegments('1日に2月1日', READINGS)).toEqual([
      { text: '1日', reading: 'いちにち' },
      { text: 'に2' },
      { text: '月', reading: 'がつ' },
      { text: '1日', reading: 'ついたち' },
    ]);
  });

  it('reads counters after a number, with the special days', () => {
    expect(toRubySegments('4月1日と3日', READINGS)).toEqual([
      { text: '4' },
      { text: '月', reading: 'がつ' },
      { text: '1日', reading: 'ついたち' },
      { text: 'と3' },
      { text: '日', reading: 'にち' },
    ]);
    expect(toRubySegments('3か月', READINGS)).toEqual([
      { text: '3か' },
      { text: '月', reading: 'げつ' },
    ]);
  });

  it('takes the longest counter, and a reading of the number with it first', () => {
    const readings = { '#人': 'にん', '#人目': 'にんめ', '#1人目': 'ひとりめ' };

    expect(toRubySegments('1人目と3人目と5人', readings)).toEqual([
      { text: '1人目', reading: 'ひとりめ' },
      { text: 'と3' },
      { text: '人目', reading: 'にんめ' },
      { text: 'と5' },
      { text: '人', reading: 'にん' },
    ]);
  });

  it('leaves unknown kanji plain and says which they are', () => {
    expect(toRubySegments('出す', READINGS)).toEqual([{ text: '出す' }]);
    expect(findKanjiWithoutReading('申請を出す', READINGS)).toEqual(['出']);
  });

  it('turns katakana readings into hiragana', () => {
    expect(toHiragana('シンセイ')).toBe('しんせい');
  });

  it('reads the generated table with the hand-written overrides applied', () => {
    expect(toRubySegments('1月1日', FURIGANA_READINGS)).toEqual([
      { text: '1' },
      { text: '月', reading: 'がつ' },
      { text: '1日', reading: 'ついたち' },
    ]);
  });
});

describe(withReadingsInBrackets.name, () => {
  it('writes the reading after each run of kanji, for text that cannot hold ruby', () => {
    expect(withReadingsInBrackets('申請書を取り消し', READINGS)).toBe(
      '申請書（しんせいしょ）を取（と）り消（け）し',
    );
  });

  it('reads a date of the やさしい日本語 notices with the generated table', () => {
    expect(withReadingsInBrackets('2024年4月1日と2025年10月14日', FURIGANA_READINGS)).toBe(
      '2024年（ねん）4月（がつ）1日（ついたち）と2025年（ねん）10月（がつ）14日（じゅうよっか）',
    );
  });

  it('leaves a text without kanji, and a kanji the table does not know, as they are', () => {
    expect(withReadingsInBrackets('はい、出す', READINGS)).toBe('はい、出す');
  });

  it('reads 中 as なか inside (家の中の) and as ちゅう for a state (保存中の, 妊娠中の), by the overrides', () => {
    expect(withReadingsInBrackets('家の中の壁', FURIGANA_READINGS)).toBe(
      '家（いえ）の中（なか）の壁（かべ）',
    );
    expect(withReadingsInBrackets('一時保存中の申請', FURIGANA_READINGS)).toBe(
      '一時（いちじ）保存中（ほぞんちゅう）の申請（しんせい）',
    );
    expect(withReadingsInBrackets('妊娠中の体', FURIGANA_READINGS)).toBe(
      '妊娠中（にんしんちゅう）の体（からだ）',
    );
  });
});
