using Legal.Model;

namespace Legal.Rendering;

/// <summary>How a relation reads in a sentence, from either end, in both languages.</summary>
public static class RelationLabels
{
    private static readonly Dictionary<RelationKind, (string OutEn, string InEn, string OutAr, string InAr)> Labels = new()
    {
        [RelationKind.Implements] = ("implements", "implemented by", "ينفّذ", "يُنفَّذ بموجب"),
        [RelationKind.Amends] = ("amends", "amended by", "يعدّل", "عُدِّل بموجب"),
        [RelationKind.Repeals] = ("repeals", "repealed by", "يلغي", "أُلغي بموجب"),
        [RelationKind.GivesEffectTo] = ("gives effect to", "given effect by", "ينفّذ أحكام", "تُنفَّذ أحكامه بموجب"),
        [RelationKind.MapsTo] = ("carries out", "carried out by", "يطبّق", "يُطبَّق بموجب"),
        [RelationKind.Cites] = ("cites", "cited by", "يشير إلى", "يُشار إليه في"),
        [RelationKind.PartOf] = ("part of", "contains", "جزء من", "يتضمن"),
        [RelationKind.Defines] = ("defines", "defined in", "يعرّف", "معرَّف في"),
        [RelationKind.Establishes] = ("establishes", "established by", "ينشئ", "أُنشئ بموجب"),
        [RelationKind.Designates] = ("designates", "designated by", "يسمّي", "مسمّى بموجب"),
        [RelationKind.Supervises] = ("supervises", "supervised by", "يشرف على", "يخضع لإشراف"),
        [RelationKind.Empowers] = ("empowers", "empowered by", "يخوّل", "مخوَّل بموجب"),
        [RelationKind.Imposes] = ("imposes", "imposed by", "يفرض", "مفروض بموجب"),
        [RelationKind.Binds] = ("binds", "bound by", "يُلزم", "ملزَم بموجب"),
        [RelationKind.SupervisedBy] = ("supervised by", "supervises compliance with", "تحت إشراف", "يشرف على الالتزام بـ"),
        [RelationKind.PenalisedBy] = ("penalised under", "penalises breach of", "يُعاقب على مخالفته بموجب", "يعاقب على مخالفة"),
        [RelationKind.MemberOf] = ("member of", "has member", "عضو في", "من أعضائه"),
        [RelationKind.Chairs] = ("chairs", "chaired by", "يرأس", "برئاسة"),
        [RelationKind.CoChairs] = ("co-chairs", "co-chaired by", "يشارك في رئاسة", "برئاسة مشتركة من"),
        [RelationKind.Hosted] = ("hosted", "hosted by", "استضاف", "استضافه"),
        [RelationKind.OrganisedBy] = ("organised by", "organised", "نظّمه", "نظّم"),
        [RelationKind.ParticipatedIn] = ("took part in", "with participation of", "شارك في", "بمشاركة"),
        [RelationKind.HeldRole] = ("held a role at", "had as office-holder", "شغل منصبًا في", "من شاغلي المناصب فيه"),
        [RelationKind.Represents] = ("represents", "represented by", "يمثّل", "يمثّله"),
        [RelationKind.About] = ("about", "subject of", "بشأن", "موضوع"),
        [RelationKind.SameAs] = ("same as", "same as", "هو نفسه", "هو نفسه"),
    };

    public static string Outgoing(RelationKind type, Lang lang) => lang == Lang.Ar ? Labels[type].OutAr : Labels[type].OutEn;

    public static string Incoming(RelationKind type, Lang lang) => lang == Lang.Ar ? Labels[type].InAr : Labels[type].InEn;
}
