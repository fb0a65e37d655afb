import { Suspense, use, type ComponentType, type SVGProps } from 'react';
import { CORE_PICTOGRAMS } from './pictograms/core';
import { EXTENDED_NAMES, type ExtendedName } from './pictograms/extendedNames';

// One picture per idea, from Fluent Emoji Flat (MIT), compiled into the bundle at build time (no
// icon service is ever asked). The pictograms of the first screens come with the first download;
// the others are one chunk that loads when a screen first shows one (precached for offline use).
// While it loads, an empty square of the same size keeps the layout still.

export type PictogramName = keyof typeof CORE_PICTOGRAMS | ExtendedName;
type Icon = ComponentType<SVGProps<SVGSVGElement>>;

let extended: Promise<Record<ExtendedName, Icon>> | null = null;
const loadExtended = () => (extended ??= import('./pictograms/extended').then((m) => m.EXTENDED_PICTOGRAMS));

interface Props {
  name: PictogramName;
  /** Pixels; pictograms are square. */
  size?: number;
  /** A text alternative when the picture carries meaning on its own; otherwise it is decorative. */
  label?: string;
  className?: string;
}

function iconProps({ size = 32, label, className }: Props) {
  return {
    width: size,
    height: size,
    className: ['pictogram', className].filter(Boolean).join(' '),
    ...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true, focusable: false }),
  } as const;
}

function ExtendedPictogram(props: Props & { name: ExtendedName }) {
  const Icon = use(loadExtended())[props.name];
  return <Icon {...iconProps(props)} />;
}

export function Pictogram(props: Props) {
  const { name } = props;
  if (Object.hasOwn(CORE_PICTOGRAMS, name)) {
    const Icon: Icon = CORE_PICTOGRAMS[name as keyof typeof CORE_PICTOGRAMS];
    return <Icon {...iconProps(props)} />;
  }
  const size = props.size ?? 32;
  return (
    <Suspense fallback={<svg width={size} height={size} className="pictogram" aria-hidden="true" focusable="false" />}>
      <ExtendedPictogram {...props} name={name as ExtendedName} />
    </Suspense>
  );
}

/** For picture names that come from data (municipality configs): is this a known pictogram? */
export function isPictogramName(name: string): name is PictogramName {
  return Object.hasOwn(CORE_PICTOGRAMS, name) || (EXTENDED_NAMES as readonly string[]).includes(name);
}
