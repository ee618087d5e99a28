/** An embed's ?theme=light|dark, for hosts whose page is not in the reader's colour scheme. Embeds only: their <html> names the chart. */
const root = document.documentElement;
const theme = new URLSearchParams(location.search).get('theme');
if (root.dataset.chart && (theme === 'light' || theme === 'dark')) root.dataset.theme = theme;
