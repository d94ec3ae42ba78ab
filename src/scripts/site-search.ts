/**
 * Turns on the header's search box (it ships disabled, saying search needs
 * JavaScript) and binds the shortcuts: « / » or Ctrl+K focuses it. Submitting
 * goes to the search page, which loads Pagefind; nothing loads before that.
 */
export function enhanceSiteSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-site-search]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  const button = form?.querySelector<HTMLButtonElement>('button');
  const hint = form?.querySelector<HTMLElement>('[data-search-hint]');
  if (!form || !input || !button) return;
  input.disabled = false;
  button.disabled = false;
  // The shortcut is not in the placeholder, which a phone's narrow box cuts
  // (and where there is no key to press): it is in the box's description, its
  // tooltip and aria-keyshortcuts.
  input.placeholder = 'Rechercher';
  if (hint) hint.textContent = 'Raccourci\u00A0: touche / ou Ctrl+K.';
  input.title = 'Raccourci\u00A0: touche / ou Ctrl+K';
  input.setAttribute('aria-keyshortcuts', '/ Control+K');
  const query = new URL(location.href).searchParams.get('q');
  if (query && !input.value) input.value = query;
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
    const slash = event.key === '/' && !typing;
    const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (!slash && !ctrlK) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
