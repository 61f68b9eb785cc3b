// Runs before the page paints (a blocking script in <head>): picks the dark
// or light theme and marks macOS for keyboard hints. VitePress inlines the
// same two lines; they live in this file so that a Content-Security-Policy
// needs no inline-script exception.
;(() => {
  const pref = localStorage.getItem('vitepress-theme-appearance') || 'auto'
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches
  if (pref === 'auto' ? dark : pref === 'dark') document.documentElement.classList.add('dark')
  document.documentElement.classList.toggle('mac', /Mac|iPhone|iPod|iPad/i.test(navigator.platform))
})()
