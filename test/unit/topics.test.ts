/** Names shared by topics: the note's topics decide, a nearby date decides within a topic, else it stays ambiguous. */
import * as assert from 'assert';
import { endKey, parseIsoDate, startKey } from '../../server/src/kb/dates';
import { TopicProfile, type TopicModel } from '../../server/src/recogniser/topics';
import type { LineMention } from '../../server/src/recogniser/types';

const key = (iso: string, end = false) => (end ? endKey(parseIsoDate(iso)!) : startKey(parseIsoDate(iso)!));
const PACK: Record<string, string> = {
  'munich-city': 'germany',
  'munich-putsch': 'germany',
  'kapp-putsch': 'germany',
  'october-revolution': 'russia',
  'november-revolution': 'germany',
  stresemann: 'germany',
  hitler: 'common',
  trotsky: 'russia',
  lenin: 'russia',
  'munich-agreement': 'common',
};
const SPAN: Record<string, [string, string]> = {
  'munich-putsch': ['1923-11-08', '1923-11-09'],
  'kapp-putsch': ['1920-03-13', '1920-03-17'],
  'october-revolution': ['1917-11-07', '1917-11-08'],
  'november-revolution': ['1918-10-29', '1919-08-11'],
};
const model: TopicModel = {
  packOf: (id) => PACK[id],
  kindOf: () => 'event',
  spanOf: (id) => (SPAN[id] ? [key(SPAN[id][0]), key(SPAN[id][1], true)] : undefined),
  periods: new Map([
    ['russia', [key('1855'), key('1964', true)]],
    ['germany', [key('1918'), key('1945', true)]],
  ]),
  shared: new Set(['common']),
};

let line = 0;
const name = (id: string, candidates?: string[]): LineMention => ({
  line: line++,
  start: 0,
  end: 1,
  kind: 'event',
  id,
  misspelling: false,
  candidates,
});
const date = (iso: string, at = line++): LineMention => ({
  line: at,
  start: 0,
  end: 1,
  kind: 'date',
  id: iso,
  misspelling: false,
  date: { iso, from: iso, to: iso, words: iso },
});

describe('topics: one name, several meanings', () => {
  beforeEach(() => (line = 0));

  it('reads "the Revolution" by the topic the note is clearly about', () => {
    const shared = ['october-revolution', 'november-revolution'];
    const russian = [name('trotsky'), name('lenin'), name('october-revolution', shared)];
    const p = TopicProfile.of(russian, model);
    assert.strictEqual(p.leading(), 'russia');
    assert.deepStrictEqual(p.resolve(russian[2]), { id: 'october-revolution' });
    const german = [name('stresemann'), name('october-revolution', shared)];
    assert.deepStrictEqual(TopicProfile.of(german, model).resolve(german[1]), { id: 'november-revolution' });
  });

  it('lets front matter decide, and leaves a name ambiguous when the topics are level', () => {
    const shared = ['october-revolution', 'november-revolution'];
    const level = [name('trotsky'), name('stresemann'), name('october-revolution', shared)];
    assert.deepStrictEqual(TopicProfile.of(level, model).resolve(level[2]), {
      id: 'october-revolution',
      candidates: shared,
    });
    assert.deepStrictEqual(TopicProfile.of(level, model, ['germany']).resolve(level[2]), { id: 'november-revolution' });
  });

  it('reads "the Putsch" by the date near it: 1923 is Munich, 1920 is Kapp, none stays ambiguous', () => {
    const both = ['munich-putsch', 'kapp-putsch'];
    const in1923 = [name('stresemann'), date('1923'), name('munich-putsch', both)];
    assert.deepStrictEqual(TopicProfile.of(in1923, model).resolve(in1923[2]), { id: 'munich-putsch' });
    line = 0;
    const in1920 = [name('munich-putsch', both), date('1920-03')];
    assert.deepStrictEqual(TopicProfile.of(in1920, model).resolve(in1920[0]), { id: 'kapp-putsch' });
    line = 0;
    const far = [name('munich-putsch', both), date('1920', 20)];
    assert.deepStrictEqual(TopicProfile.of(far, model).resolve(far[0]), { id: 'munich-putsch', candidates: both });
  });

  it('does not count what every topic shares, nor a date both periods hold, as a topic', () => {
    const p = TopicProfile.of([name('hitler'), name('munich-agreement'), date('1938')], model);
    assert.strictEqual(p.leading(), undefined);
    assert.ok(!p.weights.has('common'));
    assert.strictEqual(TopicProfile.of([date('1905')], model).leading(), undefined, 'a date alone is too weak');
  });
});
