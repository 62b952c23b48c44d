namespace EwpGateway.PartnerSimulator;

/// <summary>The four cooperation-condition types of an IIA.</summary>
public enum SimConditionType
{
    /// <summary>Student mobility for studies (<c>student-studies-mobility-spec</c>).</summary>
    StudentStudies,

    /// <summary>Student mobility for traineeships (<c>student-traineeship-mobility-spec</c>).</summary>
    StudentTraineeship,

    /// <summary>Staff mobility for teaching (<c>staff-teacher-mobility-spec</c>).</summary>
    StaffTeaching,

    /// <summary>Staff mobility for training (<c>staff-training-mobility-spec</c>).</summary>
    StaffTraining,
}
