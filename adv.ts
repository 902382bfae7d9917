import { extract } from './src/core/extract/index.js';
import { LEXICON } from './tests/extract/lexicon.js';
const shapes: Record<string, (n: number) => string> = {
  weekday: (n) => 'Monday '.repeat(n / 7),
  bang: (n) => '!'.repeat(n),
  name: (n) => 'Rustem Umerov, '.repeat(n / 15),
  delegation: (n) => 'The Ukrainian delegation included Rustem Umerov, '.repeat(n / 50),
  dots: (n) => 'a. '.repeat(n / 3),
  caps: (n) => 'Aaaa '.repeat(n / 5),
  talks: (n) => 'talks in Riyadh on Monday, '.repeat(n / 27),
  lines: (n) => 'Ukraine is represented by:\n• Rustem Umerov, minister\n'.repeat(n / 55),
};
for (const size of [25_000, 100_000]) {
  for (const [k, f] of Object.entries(shapes)) {
    const text = f(size);
    const t = performance.now();
    extract({ title: '', text, published: new Date('2025-03-24T12:00:00Z'), lexicon: LEXICON });
    console.log(size, k, (performance.now() - t).toFixed(0), 'ms');
  }
}
