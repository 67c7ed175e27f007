#!/usr/bin/env python3
"""Writes fixtures/xliff/{1.2,2.0}/cnbc-blinken-troops-border.xlf from the seed article's folder, laid out as CAT and
MT tools write XLIFF (namespaces, xml:space, notes, state attributes, CDATA, inline codes, a translate="no" unit, a
1.2 alt-trans proposal, 2.0 segments with ignorables). Every paragraph becomes one unit whose checked text is the
folder's line, so the XLIFF gives the folder's findings (tests/TranslationQA.Cli.Tests/XliffInputTests.cs).
Usage: python3 eng/make-xliff-fixtures.py (from the repository root)."""
import html, os
d='fixtures/articles/cnbc-blinken-troops-border'
src=open(d+'/source.en.txt',encoding='utf-8').read().split('\n')
tgt=open(d+'/target.de.txt',encoding='utf-8').read().split('\n')
pairs=[(s,t) for s,t in zip(src,tgt) if s.strip() or t.strip()]
assert len(pairs)==27
esc=lambda s: html.escape(s, quote=False)
out='fixtures/xliff'
os.makedirs(out+'/1.2',exist_ok=True); os.makedirs(out+'/2.0',exist_ok=True)

def wrap12(text, i):
    """Inline codes as a filter of the HTML page would write them; the checked text stays the same."""
    e=esc(text)
    if i==2:   # the byline: a link around the name
        return e.replace('Anthony Blinken','<bpt id="1">&lt;a href="/anthony-blinken/"&gt;</bpt>Anthony Blinken<ept id="1">&lt;/a&gt;</ept>',1) if 'Anthony Blinken' in text else e
    if i==4:   # a paragraph with bold text and a line break code at the end
        words=e.split(' ',2)
        return f'<g id="2" ctype="bold">{words[0]} {words[1]}</g> {words[2]}<x id="3" ctype="lb"/>'
    if i==6:
        return e+'<ph id="4">&lt;img src="troops.jpg"/&gt;</ph>'
    if i==7:
        return f'<mrk mtype="protected" mid="m1">{e}</mrk>'
    return e

L=[]
L.append('<?xml version="1.0" encoding="UTF-8"?>')
L.append('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:okp="okapi-framework:xliff-extensions" xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0">')
L.append('<file original="cnbc-blinken-troops-border.html" source-language="en-US" target-language="de-DE" datatype="html" okp:inputEncoding="UTF-8">')
L.append('<header>')
L.append('<tool tool-id="mt-export" tool-name="Newsroom MT export" tool-version="1.0"/>')
L.append('<note>Machine translation of a CNBC article, January 2022; not post-edited.</note>')
L.append('</header>')
L.append('<body>')
for i,(s,t) in enumerate(pairs):
    uid=f'tu{i+1}'
    if i==3:
        # A unit the page marks as not to be translated (an embedded widget); if it were checked, its comment-form
        # text would be a finding the folder does not have.
        L.append(f'<trans-unit id="tu-widget" translate="no" xml:space="preserve">')
        L.append('<source xml:lang="en-US">Leave a Reply</source>')
        L.append('<target xml:lang="de-DE" state="final">Schreibe einen Kommentar</target>')
        L.append('</trans-unit>')
    if i==8:
        # Pretty-printed by an editor, without xml:space: the line breaks and indentation are layout.
        L.append(f'<trans-unit id="{uid}" okp:engine="mt">')
        L.append(f'  <source xml:lang="en-US">\n    {wrap12(s,i)}\n  </source>')
        L.append(f'  <target xml:lang="de-DE" state="needs-review-translation" state-qualifier="leveraged-mt">\n    {wrap12(t,i)}\n  </target>')
        L.append('  <note from="reviewer" annotates="target">Check the names.</note>')
        L.append('</trans-unit>')
        continue
    L.append(f'<trans-unit id="{uid}" resname="p{i+1}" xml:space="preserve">')
    L.append(f'<source xml:lang="en-US">{wrap12(s,i)}</source>')
    if i==10:
        L.append(f'<target xml:lang="de-DE" state="translated"><![CDATA[{t}]]></target>')
    else:
        L.append(f'<target xml:lang="de-DE" state="needs-review-translation" state-qualifier="leveraged-mt">{wrap12(t,i)}</target>')
    if i==5:
        # A second MT proposal the tool kept: not the translation, never checked.
        L.append('<alt-trans origin="other-engine" match-quality="70">')
        L.append(f'<source xml:lang="en-US">{esc(s)}</source>')
        L.append('<target xml:lang="de-DE">Foto: Alex Brandon / Reuters. . Schreibe einen Kommentar</target>')
        L.append('</alt-trans>')
    if i==0:
        L.append('<note priority="1">Headline.</note>')
    L.append('</trans-unit>')
L.append('</body>')
L.append('</file>')
L.append('</xliff>')
open(out+'/1.2/cnbc-blinken-troops-border.xlf','w',encoding='utf-8').write('\n'.join(L)+'\n')

def split(text):
    """Segments at the first '. ' (a sentence end) that both sides have; the space goes into an ignorable."""
    k=text.find('. ')
    return [text] if k<0 else [text[:k+1], text[k+2:]]

def wrap20(text, i, seg):
    e=esc(text)
    if i==2 and 'Anthony Blinken' in text:
        return e.replace('Anthony Blinken','<pc id="1" dataRefStart="d1" dataRefEnd="d2">Anthony Blinken</pc>',1)
    if i==4 and seg==0:
        return '<sc id="2" dataRef="d3"/>'+e+'<ec startRef="2" dataRef="d4"/>'
    if i==6:
        return e+'<ph id="3" dataRef="d5"/>'
    if i==7:
        return f'<mrk id="m1" translate="no">{e}</mrk>'
    if i==12 and seg==0:
        w=e.split(' ',1)
        return f'<sm id="m2" type="comment" value="verify"/>{w[0]}<em startRef="m2"/> {w[1]}'
    return e

L=[]
L.append('<?xml version="1.0" encoding="UTF-8"?>')
L.append('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.0" srcLang="en-US" trgLang="de-DE">')
L.append(' <file id="f1" original="cnbc-blinken-troops-border.html">')
L.append('  <notes>')
L.append('   <note category="provenance">Machine translation of a CNBC article, January 2022; not post-edited.</note>')
L.append('  </notes>')
for i,(s,t) in enumerate(pairs):
    uid=f'u{i+1}'
    if i==3:
        L.append('  <unit id="u-widget" translate="no">')
        L.append('   <segment id="s1" state="final">')
        L.append('    <source>Leave a Reply</source>')
        L.append('    <target>Schreibe einen Kommentar</target>')
        L.append('   </segment>')
        L.append('  </unit>')
    ss, ts = split(s), split(t)
    if len(ss)!=len(ts) or i in (2,4,6,7):
        ss, ts = [s], [t]
    L.append(f'  <unit id="{uid}" name="p{i+1}">')
    if i==0:
        L.append('   <mda:metadata><mda:metaGroup category="page"><mda:meta type="role">headline</mda:meta></mda:metaGroup></mda:metadata>')
    if i in (2,4,6):
        L.append('   <originalData>')
        if i==2:
            L.append('    <data id="d1">&lt;a href="/anthony-blinken/"&gt;</data>')
            L.append('    <data id="d2">&lt;/a&gt;</data>')
        if i==4:
            L.append('    <data id="d3">&lt;b&gt;</data>')
            L.append('    <data id="d4">&lt;/b&gt;</data>')
        if i==6:
            L.append('    <data id="d5">&lt;img src="troops.jpg"/&gt;</data>')
        L.append('   </originalData>')
    for k,(a,b) in enumerate(zip(ss,ts)):
        if k>0:
            L.append('   <ignorable>')
            L.append('    <source xml:space="preserve"> </source>')
            L.append('    <target xml:space="preserve"> </target>')
            L.append('   </ignorable>')
        state='reviewed' if i==0 else 'translated'
        L.append(f'   <segment id="s{k+1}" state="{state}" subState="mt:raw">')
        L.append(f'    <source xml:space="preserve">{wrap20(a,i,k)}</source>')
        if i==10 and k==0:
            L.append(f'    <target xml:space="preserve"><![CDATA[{b}]]></target>')
        else:
            L.append(f'    <target xml:space="preserve">{wrap20(b,i,k)}</target>')
        L.append('   </segment>')
    if i==8:
        L.append('   <notes><note appliesTo="target">Check the names.</note></notes>')
    L.append('  </unit>')
L.append(' </file>')
L.append('</xliff>')
open(out+'/2.0/cnbc-blinken-troops-border.xlf','w',encoding='utf-8').write('\n'.join(L)+'\n')
