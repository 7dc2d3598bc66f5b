"""The readiness rules' words, one module per language (``en``, ``de``, ``fr``, ``es``); each
defines ``WORDS``, a :class:`~cpo_deck.check.words.Words`. Add a language here and to
:data:`~cpo_deck.check.words.CHECKED`."""
