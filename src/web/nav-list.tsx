import type { NavTreeLink } from './page-context.ts';

/** The bar of section links under a header, shared by the public layout and the admin. */
export function NavList(props: { label: string; items: { href: string; label: string; current: boolean }[] }) {
  if (!props.items.length) return null;
  return (
    <nav class="main-nav" aria-label={props.label}>
      <ul class="wrap">
        {props.items.map((n) => (
          <li>
            <a href={n.href} aria-current={n.current ? 'page' : undefined}>
              {n.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Nested lists of an editor-made menu; sub-lists stay in the markup, so they work without JavaScript. */
function MenuLinks(props: { items: NavTreeLink[]; depth: number }) {
  return (
    <ul class={props.depth === 1 ? undefined : `menu__sub menu__sub--${props.depth}`}>
      {props.items.map((n) => (
        <li class={n.children.length ? 'menu__parent' : undefined}>
          <a href={n.href} aria-current={n.current ? 'page' : undefined}>
            {n.label}
          </a>
          {n.children.length > 0 && <MenuLinks items={n.children} depth={props.depth + 1} />}
        </li>
      ))}
    </ul>
  );
}

/** The site's main menu (ADR 0006): same bar as `NavList`, with sub-menus shown on hover and focus, or in place on touch and narrow screens. */
export function MenuNav(props: { label: string; items: NavTreeLink[]; class: string }) {
  if (!props.items.length) return null;
  return (
    <nav class={props.class} aria-label={props.label}>
      <div class="wrap">
        <MenuLinks items={props.items} depth={1} />
      </div>
    </nav>
  );
}
