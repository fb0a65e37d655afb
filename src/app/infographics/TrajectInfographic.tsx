import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram, type PictogramName } from '../components/Pictogram';
import { mirrorX, useIsRtl } from './useDirection';
import './infographics.css';

// The three years of inburgering as a bar over 36 months, one coloured phase per stage, and a
// numbered legend under it that is also the text alternative. The bar runs in reading direction.

export type Route = 'b1' | 'z' | 'onderwijs' | 'advice';

interface Phase {
  key: 'intake' | 'pip' | 'learning' | 'finish';
  from: number;
  to: number;
  picture: PictogramName;
  colour: string;
}

const PHASES: Phase[] = [
  { key: 'intake', from: 0, to: 1.5, picture: 'meeting', colour: '#7aa6d6' },
  { key: 'pip', from: 1.5, to: 2.5, picture: 'checklist', colour: '#f2a900' },
  { key: 'learning', from: 2.5, to: 30, picture: 'lesson', colour: '#3d8b5a' },
  { key: 'finish', from: 30, to: 36, picture: 'exam', colour: '#8e5bb5' },
];

const WIDTH = 340;
const PAD = 12;
const MONTHS = 36;
const x = (month: number) => PAD + (month / MONTHS) * (WIDTH - 2 * PAD);

export function TrajectInfographic({ route }: { route: Route }) {
  const { t } = useTranslation('infographic');
  const rtl = useIsRtl();
  const id = useId();
  const label = (key: Phase['key']) => t(`traject.${route}.${key}`);
  return (
    <figure className="infographic" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="infographic__caption">
        {t(`traject.${route}.caption`)}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} 74`} className="infographic__drawing" aria-hidden="true" focusable="false">
        {PHASES.map((p) => {
          const a = mirrorX(x(p.from), WIDTH, rtl);
          const b = mirrorX(x(p.to), WIDTH, rtl);
          return <rect key={p.key} x={Math.min(a, b)} y={14} width={Math.abs(b - a)} height={26} rx={4} fill={p.colour} />;
        })}
        {PHASES.map((p, i) => (
          <g key={p.key}>
            <circle cx={mirrorX((x(p.from) + x(p.to)) / 2, WIDTH, rtl)} cy={58} r={10} fill="#ffffff" stroke={p.colour} strokeWidth={3} />
            <text x={mirrorX((x(p.from) + x(p.to)) / 2, WIDTH, rtl)} y={62.5} textAnchor="middle" fontSize={13} fontWeight={700} fill="#1a1a1a">
              {i + 1}
            </text>
          </g>
        ))}
        {[0, 12, 24, 36].map((m) => (
          <line key={m} x1={mirrorX(x(m), WIDTH, rtl)} x2={mirrorX(x(m), WIDTH, rtl)} y1={6} y2={44} stroke="#1a1a1a" strokeWidth={1.5} />
        ))}
      </svg>
      <p className="utrecht-paragraph infographic__scale">
        <span>{t('traject.start')}</span>
        <span>{t('traject.years', { count: 1 })}</span>
        <span>{t('traject.years', { count: 2 })}</span>
        <span>{t('traject.years', { count: 3 })}</span>
      </p>
      <ol className="infographic__legend">
        {PHASES.map((p) => (
          <li key={p.key}>
            <span className="infographic__swatch" data-phase={p.key} />
            <Pictogram name={p.picture} size={28} />
            <span>{label(p.key)}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
