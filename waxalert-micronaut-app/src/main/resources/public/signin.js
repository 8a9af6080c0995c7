/* The sign-in page: a refused token is explained at the token field; Discogs not answering is
   not the token's fault and is said about the whole form. */
(function () {
  'use strict';
  var W = window.WaxAlert, $ = W.$;

  function initSignIn() {
    var form = $('token-form');
    var submit = $('token-submit');
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      W.clearErrors(form);
      var token = form.elements.token.value.trim();
      if (!token) { W.fieldError(form, 'f-', 'token', 'Paste your Discogs personal access token.'); return; }
      submit.disabled = true;
      submit.textContent = 'Signing in…';
      W.api('POST', '/api/auth/token', { token: token }).then(function () {
        window.location.assign('/');
      }).catch(function (e) {
        if (e.status === 401) {
          W.fieldError(form, 'f-', 'token', 'Discogs did not accept this token. Check that you copied all of it, or generate a new one.');
        } else if (e.status === 400) {
          W.fieldError(form, 'f-', 'token', e.message);
        } else if (e.status === 429) {
          W.formError(form, 'Too many sign-in attempts from your address; wait a minute and try again.');
        } else {
          // e.g. 502: "Discogs did not answer; try again in a minute." (the token may well be right)
          W.formError(form, e.message);
        }
        submit.disabled = false;
        submit.textContent = 'Sign in';
      });
    });
  }

  W.pages.signin = initSignIn;
}());
