#!/usr/bin/env bash
# Writes src/TranslationQA.Core/Text/Data/english-irregular.tsv from WordNet's exception lists (Debian package
# wordnet-base): irregular English forms and their lemmas (made -> make, children -> child, better -> good), which the
# English stemmer maps before stripping suffixes. Run it again when the WordNet data changes.
set -euo pipefail
cd "$(dirname "$0")/.."
wordnet=/usr/share/wordnet
out=src/TranslationQA.Core/Text/Data/english-irregular.tsv
{
  echo "# Irregular English forms and their lemma, from WordNet 3.0's exception lists (verb.exc, noun.exc, adj.exc;"
  echo "# Debian package wordnet-base), one-word entries only. Made by eng/generate-irregular-forms.sh; do not edit by hand."
  cat "$wordnet/verb.exc" "$wordnet/noun.exc" "$wordnet/adj.exc" \
    | awk '$1 !~ /_/ && $2 !~ /_/ && $1 != $2 { print $1 "\t" $2 }' \
    | sort -u -k1,1
} > "$out"
echo "wrote $(grep -vc '^#' "$out") forms to $out"
