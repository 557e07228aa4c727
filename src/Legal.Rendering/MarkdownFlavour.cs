namespace Legal.Rendering;

/// <summary>Who reads the Markdown, which decides the two places where plain CommonMark cannot say what a page needs.</summary>
public enum MarkdownFlavour
{
    /// <summary>
    /// Plain CommonMark (with GFM tables) that any renderer shows alike: no heading attributes and no raw HTML. Provisions
    /// carry no anchors of their own; links to them are the pages' addresses (<c>…/instruments/kw/law/2013/106#art_16</c>),
    /// and text shown in the other language is a block quote after the note saying so. What the API and the CLI give.
    /// </summary>
    Portable,

    /// <summary>For the server's own pages, through Markdig: provision headings carry their eId (<c>{#art_16}</c>) for the
    /// table of contents, and text in the other language is marked with its lang and dir.</summary>
    Site,
}
