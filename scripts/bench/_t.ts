import { generateNews } from './corpus';
import { floorPass } from './throughput';
import { shippedGazetteer } from '../../utils/detect/dictionary';
const g = shippedGazetteer();
const t = generateNews(g.companies, { length: 1e6, seed: 1 }).text;
const flat = (' ' + t).slice(1);
const copy = Buffer.from(t, 'utf16le').toString('utf16le');
for (let r = 0; r < 8; r++) {
  for (const [n, s] of [['orig', t], ['copy', copy]] as const) {
    const a = performance.now(); const h = floorPass(s); console.log(n, (performance.now() - a).toFixed(2), h);
  }
}
