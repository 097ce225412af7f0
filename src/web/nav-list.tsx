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
