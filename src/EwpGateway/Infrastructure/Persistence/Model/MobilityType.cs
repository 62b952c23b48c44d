namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>The four kinds of cooperation condition of an IIA.</summary>
internal enum MobilityType
{
    StudentStudies,
    StudentTraineeship,
    StaffTeaching,
    StaffTraining,
}
