import type { CSSProperties } from 'react';
import {
  Backpack,
  CalendarHeart,
  Ear,
  HeartHandshake,
  LifeBuoy,
  MessageCircleHeart,
  MessagesSquare,
  ShieldCheck,
  Sprout,
  type LucideIcon,
} from 'lucide-react';
import type { ThemeId } from '../../../shared/exercises';
import './theme-look.css';

/**
 * Each of the nine themes' colour and icon, defined once so the library, an exercise's page
 * and a running session show a theme the same way. Every colour meets WCAG AA (4.5:1) as text
 * on --bg, --surface and --surface-sunk in its scheme, so it may colour small words too.
 */
export interface ThemeLook {
  Icon: LucideIcon;
  light: string;
  dark: string;
}

export const THEME_LOOK: Record<ThemeId, ThemeLook> = {
  'cultivate-trust': { Icon: ShieldCheck, light: '#1f6b5c', dark: '#7fd1bd' },
  'active-listening': { Icon: Ear, light: '#2a5b8c', dark: '#9cc3f0' },
  'share-feelings': { Icon: MessageCircleHeart, light: '#a3324f', dark: '#f4a3b8' },
  'practise-empathy': { Icon: HeartHandshake, light: '#6b4a9a', dark: '#c6aef0' },
  'quality-time': { Icon: CalendarHeart, light: '#7f5300', dark: '#e8c06a' },
  'professional-help': { Icon: LifeBuoy, light: '#3c6e1f', dark: '#a8d88a' },
  'fear-of-vulnerability': { Icon: Sprout, light: '#8a3a7a', dark: '#e6a6d8' },
  'poor-communication': { Icon: MessagesSquare, light: '#45566b', dark: '#b4c2d4' },
  'emotional-baggage': { Icon: Backpack, light: '#7a5230', dark: '#e0b48a' },
};

/**
 * The custom properties that give an element (and what is inside it) its theme's ink:
 * `var(--theme-ink)` and `var(--theme-tint)`, switched with the colour scheme by theme-look.css.
 * Put it on an element with the class `theme-look`.
 */
export function themeStyle(id: ThemeId): CSSProperties {
  const look = THEME_LOOK[id];
  return { '--theme-light': look.light, '--theme-dark': look.dark } as CSSProperties;
}

/** The theme's icon in its colour; decorative, since the theme's name is always written beside it. */
export function ThemeIcon({ id, size = 20 }: { id: ThemeId; size?: number }) {
  const { Icon } = THEME_LOOK[id];
  return (
    <span className="theme-icon theme-look" style={themeStyle(id)} aria-hidden="true">
      <Icon size={size} strokeWidth={2} focusable={false} />
    </span>
  );
}
