using TranslationQA.Core.Ingestion;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Tests.Ingestion.Xliff;

/// <summary>XLIFF 1.2 and 2.x files read through <see cref="ArticleReader"/>: articles, lines, inline codes, unit ids.</summary>
[TestClass]
public sealed class XliffArticleReaderTests
{
    private const string Head12 =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n";

    [TestMethod]
    public void Read_WhenXliff12HasInlineCodes_ChecksTheTextAndDropsTheNativeCode()
    {
        using var dir = new TempFolder();
        var path = dir.Write("story.xlf", Head12 + """
            <file original="story.html" source-language="en-US" target-language="de-DE" datatype="html"><body>
            <trans-unit id="t1" xml:space="preserve">
            <source>The <g id="1">minister</g> spoke<x id="2"/> on <bpt id="3">&lt;b&gt;</bpt>Monday<ept id="3">&lt;/b&gt;</ept>.<ph id="4">&lt;br/&gt;</ph></source>
            <target state="translated">Der <g id="1">Minister</g> sprach<x id="2"/> am <bpt id="3">&lt;b&gt;</bpt>Montag<ept id="3">&lt;/b&gt;</ept>.<ph id="4">&lt;br/&gt;</ph><it id="5" pos="open">&lt;i&gt;</it></target>
            <alt-trans><target>Ein ganz anderer Vorschlag.</target></alt-trans>
            <note>Sport page.</note>
            </trans-unit>
            <trans-unit id="t2"><source>A <mrk mtype="term">deal</mrk>  was signed.</source><target><bx id="6"/>Ein <mrk mtype="term">Abkommen</mrk>  wurde unterzeichnet.<ex id="6"/></target></trans-unit>
            </body></file></xliff>
            """);

        var article = new ArticleReader().Read(path).Single().Article!;

        Assert.AreEqual("story", article.Id);
        Assert.AreEqual("en", article.SourceLang);
        Assert.AreEqual("de", article.TargetLang);
        Assert.AreEqual("Der Minister sprach am Montag.\n\nEin Abkommen  wurde unterzeichnet.", article.Target);
        Assert.AreEqual("The minister spoke on Monday.\n\nA deal  was signed.", article.Source);
        CollectionAssert.AreEqual(new[] { "t1", "t2" }, article.Units!.Select(u => u.Location.UnitId).ToArray());
        Assert.AreEqual(32, article.Units![1].Offset);
        // For display, each code stands where it was, as a CAT tool shows it.
        Assert.AreEqual("Der {1}Minister{/1} sprach{2/} am {3}Montag{/3}.{4/}{5/}", article.Units[0].Location.Tagged);
        Assert.AreEqual("{6}Ein {mrk}Abkommen{/mrk}  wurde unterzeichnet.{/6}", article.Units[1].Location.Tagged);
    }

    [TestMethod]
    public void Read_WhenTextIsIndentedWithoutXmlSpace_TakesTheLayoutAsOneSpace()
    {
        using var dir = new TempFolder();
        var path = dir.Write("a.xliff", Head12 + """
            <file original="a" source-language="en" target-language="de"><body>
              <trans-unit id="1">
                <source>
                  The minister
                  spoke.
                </source>
                <target><![CDATA[Der Minister & die Ministerin]]>
                  sprachen.</target>
              </trans-unit>
            </body></file></xliff>
            """);

        var article = new ArticleReader().Read(path).Single().Article!;

        Assert.AreEqual("Der Minister & die Ministerin sprachen.", article.Target);
        Assert.AreEqual("The minister spoke.", article.Source);
    }

    [TestMethod]
    public void Read_WhenUnitsOrGroupsAreMarkedNotToTranslate_LeavesThemOut()
    {
        using var dir = new TempFolder();
        var path = dir.Write("a.xlf", Head12 + """
            <file original="a" source-language="en" target-language="de"><body>
            <trans-unit id="1"><source>Hello.</source><target>Hallo.</target></trans-unit>
            <trans-unit id="2" translate="no"><source>Leave a Reply</source><target>Leave a Reply</target></trans-unit>
            <group id="g" translate="no"><trans-unit id="3"><source>Menu</source><target>Menu</target></trans-unit></group>
            <group id="h"><trans-unit id="4"><source>Bye.</source><target>Tschüss.</target></trans-unit></group>
            </body></file></xliff>
            """);

        var article = new ArticleReader().Read(path).Single().Article!;

        Assert.AreEqual("Hallo.\n\nTschüss.", article.Target);
        CollectionAssert.AreEqual(new[] { "1", "4" }, article.Units!.Select(u => u.Location.UnitId).ToArray());
    }

    [TestMethod]
    public void Read_WhenAUnitHasNoTarget_KeepsItsLineEmptyAndMarksItUntranslated()
    {
        using var dir = new TempFolder();
        var path = dir.Write("a.xlf", Head12 + """
            <file original="a" source-language="fr" target-language="de"><body>
            <trans-unit id="1"><source>Bonjour.</source><target>Guten Tag.</target></trans-unit>
            <trans-unit id="2"><source>Il pleut.</source></trans-unit>
            <trans-unit id="3"><source>Au revoir.</source><target state="new"/></trans-unit>
            <trans-unit id="4"><source>Merci.</source><target>Danke.</target></trans-unit>
            </body></file></xliff>
            """);

        var article = new ArticleReader().Read(path).Single().Article!;

        Assert.AreEqual("Guten Tag.\n\n\n\n\n\nDanke.", article.Target);
        Assert.AreEqual("Bonjour.\n\nIl pleut.\n\nAu revoir.\n\nMerci.", article.Source);
        var missing = article.Units!.Where(u => !u.Translated).ToList();
        CollectionAssert.AreEqual(new[] { "2", "3" }, missing.Select(u => u.Location.UnitId).ToArray());
        Assert.AreEqual("Il pleut.", missing[0].Source);
        Assert.AreEqual(12, missing[0].Offset);
        Assert.AreEqual(0, missing[0].Length);
    }

    [TestMethod]
    public void Read_WhenNoUnitHasATarget_IsAnErrorNamingTheFile()
    {
        using var dir = new TempFolder();
        var path = dir.Write("a.xlf", Head12 + """
            <file original="a" source-language="en" target-language="de"><body>
            <trans-unit id="1"><source>Hello.</source></trans-unit>
            </body></file></xliff>
            """);

        var input = new ArticleReader().Read(path).Single();

        Assert.IsNull(input.Article);
        StringAssert.Contains(input.Error, $"{path}: file 'a': no unit has a translation");
    }

    [TestMethod]
    [DataRow("2.0")]
    [DataRow("2.1")]
    [DataRow("2.2")]
    public void Read_WhenXliff2HasSegments_JoinsThemIntoTheUnitsLineAndNamesEachSegment(string version)
    {
        using var dir = new TempFolder();
        var path = dir.Write("story.xlf", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="{version}" srcLang="en-GB" trgLang="de-AT">
             <file id="f1">
              <notes><note>MT, raw.</note></notes>
              <unit id="u1">
               <mda:metadata><mda:metaGroup><mda:meta type="x">Nicht prüfen</mda:meta></mda:metaGroup></mda:metadata>
               <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data><data id="d3">&lt;br/&gt;</data></originalData>
               <segment id="s1" state="translated"><source xml:space="preserve">The <pc id="1" dataRefStart="d1" dataRefEnd="d2">minister</pc> spoke.</source><target xml:space="preserve">Der <pc id="1" dataRefStart="d1" dataRefEnd="d2">Minister</pc> sprach.<ph id="2" dataRef="d3"/></target></segment>
               <ignorable><source xml:space="preserve"> </source></ignorable>
               <segment id="s2"><source xml:space="preserve">He <sc id="3"/>left<ec startRef="3"/>.</source><target xml:space="preserve"><sm id="m1" type="comment" value="x"/>Er<em startRef="m1"/> <mrk id="m2" translate="no">ging</mrk><cp hex="0001"/>.</target></segment>
              </unit>
              <unit id="u2" translate="no"><segment><source>Menu</source><target>Menu</target></segment></unit>
              <unit id="u3"><segment id="s1"><source>Bye.</source><target>Tschüss.</target></segment></unit>
             </file>
            </xliff>
            """);

        var article = new ArticleReader().Read(path).Single().Article!;

        Assert.AreEqual("en", article.SourceLang);
        Assert.AreEqual("Der Minister sprach. Er ging.\n\nTschüss.", article.Target);
        Assert.AreEqual("The minister spoke. He left.\n\nBye.", article.Source);
        CollectionAssert.AreEqual(
            new[]
            {
                new UnitLocation("u1", "s1", "Der {1}Minister{/1} sprach.{2/}"), new UnitLocation("u1", "s2", "{m1}Er{/m1} {m2}ging{/m2}{cp/}."),
                new UnitLocation("u3", "s1"),
            },
            article.Units!.Select(u => u.Location).ToArray());
        Assert.AreEqual(21, article.Units![1].Offset);
        Assert.AreEqual("Er ging.", article.Target.Substring(article.Units[1].Offset, article.Units[1].Length));
    }

    [TestMethod]
    public void Read_WhenAFileHoldsSeveralFileElements_ReadsOneArticleEachNamedByFileId()
    {
        using var dir = new TempFolder();
        var path = dir.Write("batch.xlf", """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
             <file id="politics"><unit id="1"><segment><source>Hello.</source><target>Hallo.</target></segment></unit></file>
             <file id="sport"><unit id="1"><segment><source>Goal.</source><target>Tor.</target></segment></unit></file>
            </xliff>
            """);

        var inputs = new ArticleReader().Read(path);

        CollectionAssert.AreEqual(new[] { "batch#politics", "batch#sport" }, inputs.Select(i => i.Id).ToArray());
        Assert.AreEqual("Tor.", inputs[1].Article!.Target);
        Assert.AreEqual(path, inputs[1].Article!.TargetPath);
    }

    [TestMethod]
    [DataRow("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"a\" source-language=\"es\" target-language=\"de\"><body><trans-unit id=\"1\"><source>Hola.</source><target>Hallo.</target></trans-unit></body></file></xliff>",
        "file 'a': source language 'es' is not supported")]
    [DataRow("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"a\" source-language=\"en\" target-language=\"fr\"><body><trans-unit id=\"1\"><source>Hi.</source><target>Salut.</target></trans-unit></body></file></xliff>",
        "target language 'fr' is not supported")]
    [DataRow("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"a\" target-language=\"de\"><body><trans-unit id=\"1\"><source>Hi.</source><target>Hallo.</target></trans-unit></body></file></xliff>",
        "no source language")]
    [DataRow("<xliff version=\"3.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"/>", "not an XLIFF file: XLIFF version '3.0'")]
    [DataRow("<html><body/></html>", "not an XLIFF file: the root element is <html>")]
    [DataRow("<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\"/>", "holds no <file> element")]
    public void Read_WhenTheFileIsNotAnXliffArticle_IsAnErrorSayingWhy(string xml, string expected)
    {
        using var dir = new TempFolder();
        var path = dir.Write("a.xlf", xml);

        var input = new ArticleReader().Read(path).Single();

        Assert.IsNull(input.Article);
        StringAssert.StartsWith(input.Error, path);
        StringAssert.Contains(input.Error, expected);
    }

    [TestMethod]
    public void Read_WhenAFolderHoldsXliffBesideArticleFoldersAndJsonl_ReadsThemAll()
    {
        using var dir = new TempFolder();
        dir.Write("folder-article/target.de.txt", "Hallo.\n");
        dir.Write("lines.jsonl", "{\"id\":\"line\",\"target\":\"Tschüss.\"}\n");
        dir.Write("unit.xlf", Head12 + "<file original=\"x\" source-language=\"en\" target-language=\"de\"><body>" +
            "<trans-unit id=\"1\"><source>Bye.</source><target>Tschüss.</target></trans-unit></body></file></xliff>");
        dir.Write("notes.txt", "not an article");

        var inputs = new ArticleReader().Read(dir.Path);

        CollectionAssert.AreEqual(new[] { "folder-article", "line", "unit" }, inputs.Select(i => i.Id).ToArray());
        Assert.IsTrue(inputs.All(i => i.Article is not null));
    }
}
