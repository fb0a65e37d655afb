import { useEffect, useSyncExternalStore, type ComponentType, type SVGProps } from 'react';
import { CORE_PICTOGRAMS } from './pictograms/core';
import { EXTENDED_NAMES, type ExtendedName } from './pictograms/extendedNames';
import { PERSONAL_NAMES, type PersonalName } from './pictograms/personalNames';

// One picture per idea, from Fluent Emoji Flat (MIT), compiled into the bundle at build time (no
// icon service is ever asked). The pictograms of the welcome screen come with the first download,
// those of an activated phone's first screens with that part of the app (registerPictograms); the
// others are one chunk that loads when a screen first shows one (precached for offline use).
// While it loads, an empty square of the same size keeps the layout still. (No Suspense here: a
// suspending icon would hold back the live queries of the screen around it.)

export type PictogramName = keyof typeof CORE_PICTOGRAMS | PersonalName | ExtendedName;
type Icon = ComponentType<SVGProps<SVGSVGElement>>;

let extended: Record<ExtendedName, Icon> | null = null;
let personal: Record<PersonalName, Icon> | null = null;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** A set's loader: loads it once, and a load that failed is tried again by the next pictogram shown. */
function loaderOnce(load: () => Promise<void>): () => Promise<void> {
  let loading: Promise<void> | null = null;
  return () =>
    (loading ??= load().catch(() => {
      loading = null;
    }));
}

/** The part of the app that shows them (ActivatedApp.tsx) brings its pictograms along. */
export function registerPictograms(icons: Record<PersonalName, Icon>): void {
  personal = icons;
  for (const listener of listeners) listener();
}

/** The home's set where it is shown without that part (an informatiemap page). */
const loadPersonalPictograms = loaderOnce(() => import('./pictograms/personal').then((m) => registerPictograms(m.PERSONAL_PICTOGRAMS)));

/** The other pictograms, when a screen first shows one. */
export const loadOtherPictograms = loaderOnce(() =>
  import('./pictograms/extended').then((m) => {
    extended = m.EXTENDED_PICTOGRAMS;
    for (const listener of listeners) listener();
  }),
);

function useExtendedPictograms(): Record<ExtendedName, Icon> | null {
  const registry = useSyncExternalStore(subscribe, () => extended, () => null);
  useEffect(() => {
    void loadOtherPictograms();
  }, []);
  return registry;
}

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

/** While its code loads: an empty square of the same size. */
function Placeholder({ size = 32 }: Props) {
  return <svg width={size} height={size} className="pictogram" aria-hidden="true" focusable="false" />;
}

function ExtendedPictogram(props: Props & { name: ExtendedName }) {
  const Icon = useExtendedPictograms()?.[props.name];
  return Icon ? <Icon {...iconProps(props)} /> : <Placeholder {...props} />;
}

function PersonalPictogram(props: Props & { name: PersonalName }) {
  const Icon = useSyncExternalStore(subscribe, () => personal, () => null)?.[props.name];
  // Shown outside an activated phone's part of the app (an informatiemap page): loaded here.
  useEffect(() => {
    if (!personal) void loadPersonalPictograms();
  }, []);
  return Icon ? <Icon {...iconProps(props)} /> : <Placeholder {...props} />;
}

const isPersonal = (name: string): name is PersonalName => (PERSONAL_NAMES as readonly string[]).includes(name);

export function Pictogram(props: Props) {
  const { name } = props;
  if (Object.hasOwn(CORE_PICTOGRAMS, name)) {
    const Icon: Icon = CORE_PICTOGRAMS[name as keyof typeof CORE_PICTOGRAMS];
    return <Icon {...iconProps(props)} />;
  }
  if (isPersonal(name)) return <PersonalPictogram {...props} name={name} />;
  return <ExtendedPictogram {...props} name={name as ExtendedName} />;
}

/** For picture names that come from data (municipality configs): is this a known pictogram? */
export function isPictogramName(name: string): name is PictogramName {
  return Object.hasOwn(CORE_PICTOGRAMS, name) || isPersonal(name) || (EXTENDED_NAMES as readonly string[]).includes(name);
}
