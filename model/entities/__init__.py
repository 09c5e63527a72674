"""Who is behind an ad: contacts, places, pay and organisations, with offsets.

Awareness teams and investigators ask which ads come from the same
recruiter. The answer is in the contact channels (the same WhatsApp number,
Telegram handle or short link across dozens of posts), so each is extracted
with its exact span in the original text and a normalised form that links
ads: phones in E.164 (parsed by ``phonenumbers``, never by hand-written
digit rules), handles lower-cased with their ``@``, links without scheme or
``www.``, money as US dollars per month (the salary parser the rules use).

Tokens come from spaCy's rule-based tokenizers (blank pipelines: ``en``,
``id``, ``ms`` where the ad is in one of those, the multi-language ``xx``
otherwise); URLs and e-mails are spaCy's ``like_url``/``like_email`` token
attributes, organisation names ``Matcher`` patterns, places a
``PhraseMatcher`` over the gazetteer in ``entities_data/places.yaml``.
Handles, app ids, phone numbers and pay are patterns over the text, tried
only where a candidate can start. Scripts written without spaces (Chinese,
Thai, Khmer) are matched by substring, and a few obfuscations ("wa dot me",
"t[.]me", "微信：") by patterns spaCy's tokenizer cannot see across.

Extraction works on the normalised text (invisible characters and markup
removed) and maps every span back, so ``original[start:end] == text``.

The modules: ``extractor`` (one pass over an ad), ``contacts`` (links,
e-mails, handles, app ids), ``phones`` (numbers and campaign keys),
``money``, ``places`` (gazetteer and regions), ``organizations``.
"""

from model.entities.common import CONTACT_TYPES, ENTITY_TYPES
from model.entities.contacts import SHORTENERS
from model.entities.extractor import MAX_VOCABULARY, SPACY_LANGUAGES, EntityExtractor
from model.entities.phones import campaign_keys
from model.entities.places import (
    FALLBACK_REGIONS,
    LANGUAGE_REGIONS,
    PLACES_FILE,
    Place,
    load_places,
)

__all__ = [
    "CONTACT_TYPES",
    "ENTITY_TYPES",
    "FALLBACK_REGIONS",
    "LANGUAGE_REGIONS",
    "MAX_VOCABULARY",
    "PLACES_FILE",
    "SHORTENERS",
    "SPACY_LANGUAGES",
    "EntityExtractor",
    "Place",
    "campaign_keys",
    "load_places",
]
