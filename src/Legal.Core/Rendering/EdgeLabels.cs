using Legal.Core.Model;

namespace Legal.Core.Rendering;

/// <summary>How a relation reads in a sentence, from either end, in both languages.</summary>
public static class EdgeLabels
{
    private static readonly Dictionary<EdgeType, (string OutEn, string InEn, string OutAr, string InAr)> Labels = new()
    {
        [EdgeType.Implements] = ("implements", "implemented by", "ينفّذ", "يُنفَّذ بموجب"),
        [EdgeType.Amends] = ("amends", "amended by", "يعدّل", "عُدِّل بموجب"),
        [EdgeType.Repeals] = ("repeals", "repealed by", "يلغي", "أُلغي بموجب"),
        [EdgeType.GivesEffectTo] = ("gives effect to", "given effect by", "ينفّذ أحكام", "تُنفَّذ أحكامه بموجب"),
        [EdgeType.MapsTo] = ("carries out", "carried out by", "يطبّق", "يُطبَّق بموجب"),
        [EdgeType.Cites] = ("cites", "cited by", "يشير إلى", "يُشار إليه في"),
        [EdgeType.PartOf] = ("part of", "contains", "جزء من", "يتضمن"),
        [EdgeType.Defines] = ("defines", "defined in", "يعرّف", "معرَّف في"),
        [EdgeType.Establishes] = ("establishes", "established by", "ينشئ", "أُنشئ بموجب"),
        [EdgeType.Designates] = ("designates", "designated by", "يسمّي", "مسمّى بموجب"),
        [EdgeType.Supervises] = ("supervises", "supervised by", "يشرف على", "يخضع لإشراف"),
        [EdgeType.Empowers] = ("empowers", "empowered by", "يخوّل", "مخوَّل بموجب"),
        [EdgeType.Imposes] = ("imposes", "imposed by", "يفرض", "مفروض بموجب"),
        [EdgeType.Binds] = ("binds", "bound by", "يُلزم", "ملزَم بموجب"),
        [EdgeType.SupervisedBy] = ("supervised by", "supervises compliance with", "تحت إشراف", "يشرف على الالتزام بـ"),
        [EdgeType.PenalisedBy] = ("penalised under", "penalises breach of", "يُعاقب على مخالفته بموجب", "يعاقب على مخالفة"),
        [EdgeType.MemberOf] = ("member of", "has member", "عضو في", "من أعضائه"),
        [EdgeType.Chairs] = ("chairs", "chaired by", "يرأس", "برئاسة"),
        [EdgeType.CoChairs] = ("co-chairs", "co-chaired by", "يشارك في رئاسة", "برئاسة مشتركة من"),
        [EdgeType.Hosted] = ("hosted", "hosted by", "استضاف", "استضافه"),
        [EdgeType.OrganisedBy] = ("organised by", "organised", "نظّمه", "نظّم"),
        [EdgeType.ParticipatedIn] = ("took part in", "with participation of", "شارك في", "بمشاركة"),
        [EdgeType.HeldRole] = ("held a role at", "had as office-holder", "شغل منصبًا في", "من شاغلي المناصب فيه"),
        [EdgeType.Represents] = ("represents", "represented by", "يمثّل", "يمثّله"),
        [EdgeType.About] = ("about", "subject of", "بشأن", "موضوع"),
        [EdgeType.SameAs] = ("same as", "same as", "هو نفسه", "هو نفسه"),
    };

    public static string Outgoing(EdgeType type, Lang lang) => lang == Lang.Ar ? Labels[type].OutAr : Labels[type].OutEn;

    public static string Incoming(EdgeType type, Lang lang) => lang == Lang.Ar ? Labels[type].InAr : Labels[type].InEn;
}
