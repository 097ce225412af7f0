/**
 * The focal point of an image, set by pointing at it: a click on the preview (or the arrow keys
 * once it has focus; Shift for bigger steps) writes the two percentage inputs of the form, and a
 * marker shows where the point is. The inputs stay the source of truth and work on their own.
 */
const clamp = (value: number) => Math.min(100, Math.max(0, Math.round(value * 10) / 10));

export function enhanceFocalPoint(box: HTMLElement): void {
  const image = box.querySelector('img');
  const inputX = document.getElementById(box.dataset.focalX ?? '') as HTMLInputElement | null;
  const inputY = document.getElementById(box.dataset.focalY ?? '') as HTMLInputElement | null;
  if (!image || !inputX || !inputY) return;

  const marker = document.createElement('span');
  marker.className = 'focal-picker__marker';
  marker.setAttribute('aria-hidden', 'true');
  box.append(marker);
  box.tabIndex = 0;
  box.setAttribute('role', 'application');
  box.setAttribute('aria-label', box.dataset.focalLabel ?? '');
  box.classList.add('focal-picker--enhanced');

  const read = (input: HTMLInputElement) => {
    const value = Number(input.value.replace(',', '.'));
    return input.value.trim() === '' || !Number.isFinite(value) ? 50 : clamp(value);
  };
  const show = () => {
    // Physical left/top: the picture is not mirrored in right-to-left pages, nor are the percentages.
    marker.style.left = `${read(inputX)}%`;
    marker.style.top = `${read(inputY)}%`;
  };
  const set = (x: number, y: number) => {
    inputX.value = String(clamp(x));
    inputY.value = String(clamp(y));
    for (const input of [inputX, inputY]) input.dispatchEvent(new Event('change', { bubbles: true }));
    show();
  };

  image.addEventListener('click', (event) => {
    const area = image.getBoundingClientRect();
    if (area.width === 0 || area.height === 0) return;
    set(((event.clientX - area.left) / area.width) * 100, ((event.clientY - area.top) / area.height) * 100);
  });
  box.addEventListener('keydown', (event) => {
    const step = event.shiftKey ? 10 : 1;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    set(read(inputX) + move[0], read(inputY) + move[1]);
  });
  inputX.addEventListener('input', show);
  inputY.addEventListener('input', show);
  show();
}
