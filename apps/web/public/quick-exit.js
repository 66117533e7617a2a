// Quick exit: the "Leave this site" link, or Escape pressed twice within a second, replaces this page with a neutral
// site. location.replace leaves no history entry for this page, so Back does not bring it back, and this tab's
// sessionStorage (the drafts of unsent forms) is emptied. Without JavaScript the link still leaves (as an ordinary link).
(function () {
  var ESCAPE_WINDOW_MS = 1000;
  var lastEscape = 0;

  function leave(url) {
    document.body.hidden = true;
    document.title = '';
    try {
      window.sessionStorage.clear();
    } catch (error) {
      // Storage refused: nothing was kept in it.
    }
    window.location.replace(url);
  }

  function exitUrl() {
    var link = document.getElementById('quick-exit');
    return link ? link.href : 'about:blank';
  }

  // The page as served says what works without a script; from here on Escape works too.
  var hint = document.querySelector('.quick-exit-bar__hint[data-with-script]');
  if (hint) hint.textContent = hint.getAttribute('data-with-script');

  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('#quick-exit') : null;
    if (!link) return;
    event.preventDefault();
    leave(link.href);
  });

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    var now = Date.now();
    if (now - lastEscape <= ESCAPE_WINDOW_MS) leave(exitUrl());
    lastEscape = now;
  });
})();
