// A tiny client-side router for the demo shop: links marked `data-route` change the view
// without a page load, like any SPA. The Help view inserts a video embed after the page has
// loaded; the gate holds it (with its placeholder) until marketing is allowed.

/** The views of the shop, by path. */
const VIEWS: Record<string, (main: HTMLElement) => void> = {
  '/spa/': (main) => {
    main.append(heading('Shop broadband'));
    const list = document.createElement('ul');
    list.className = 'plans';
    for (const [name, price] of [['Fibre 150', '27.00'], ['Fibre 500', '34.00'], ['Fibre 900', '45.00']] as const) {
      const item = document.createElement('li');
      const title = document.createElement('h3');
      title.textContent = name;
      const cost = document.createElement('p');
      cost.className = 'price';
      cost.textContent = `£${price} a month`;
      item.append(title, cost);
      list.append(item);
    }
    main.append(list);
  },
  '/spa/checkout': (main) => {
    main.append(heading('Your basket'), paragraph('Your basket is empty.'));
  },
  '/spa/help': (main) => {
    main.append(heading('Help: setting up your router'), paragraph('The video comes from YouTube, so it plays only if you allow marketing cookies.'));
    const video = document.createElement('iframe');
    video.className = 'video';
    video.title = 'Video: setting up your Harbourline router';
    video.dataset.consent = 'marketing';
    video.dataset.src = '/fake-youtube/embed/router-setup.html';
    main.append(video);
  },
};

function heading(text: string): HTMLElement {
  const element = document.createElement('h1');
  element.textContent = text;
  return element;
}

function paragraph(text: string): HTMLElement {
  const element = document.createElement('p');
  element.textContent = text;
  return element;
}

/** Renders the view of the current path into `main`, and again on every client-side navigation. */
export function startRouter(main: HTMLElement, onNavigate: (path: string) => void): void {
  const render = (): void => {
    const path = location.pathname.replace(/^\/spa$/, '/spa/');
    main.replaceChildren();
    (VIEWS[path] ?? VIEWS['/spa/']!)(main);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-route]')) {
      if (link.pathname === path) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  };
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-route]');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    history.pushState(null, '', link.href);
    render();
    onNavigate(link.pathname);
  });
  window.addEventListener('popstate', render);
  render();
}
