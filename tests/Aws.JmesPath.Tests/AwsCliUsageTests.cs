using System.Text.Json.Nodes;

namespace Aws.JmesPath.Tests;

/// <summary>Queries the AWS CLI documentation uses, over responses shaped like the real ones.</summary>
public class AwsCliUsageTests
{
    private static readonly JsonNode Ec2 = JsonNode.Parse("""
        {"Reservations": [
          {"ReservationId": "r-1", "Instances": [
            {"InstanceId": "i-1", "State": {"Code": 16, "Name": "running"}, "Tags": [{"Key": "Name", "Value": "web"}]},
            {"InstanceId": "i-2", "State": {"Code": 80, "Name": "stopped"}}]},
          {"ReservationId": "r-2", "Instances": [
            {"InstanceId": "i-3", "State": {"Code": 16, "Name": "running"}}]}]}
        """)!;

    private static readonly JsonNode Iam = JsonNode.Parse("""
        {"Users": [
          {"UserName": "x", "Arn": "arn:aws:iam::123456789012:user/x", "CreateDate": "2021-03-01T10:00:00+00:00"},
          {"UserName": "y", "Arn": "arn:aws:iam::123456789012:user/y", "CreateDate": "2023-07-15T08:30:00+00:00"},
          {"UserName": "z", "Arn": "arn:aws:iam::123456789012:user/z", "CreateDate": "2022-01-01T00:00:00+00:00"}]}
        """)!;

    private static readonly JsonNode S3 = JsonNode.Parse("""
        {"Buckets": [{"Name": "a", "CreationDate": "2020-01-01T00:00:00+00:00"}, {"Name": "b", "CreationDate": "2021-01-01T00:00:00+00:00"}],
         "Owner": {"DisplayName": "me", "ID": "abc"}}
        """)!;

    private static string Query(string expression, JsonNode data) =>
        JsonAssert.Show(JmesPathExpression.Compile(expression).Evaluate(data));

    [Fact]
    public void Instance_ids_and_states_as_rows() =>
        Assert.Equal("""[["i-1","running"],["i-2","stopped"],["i-3","running"]]""",
            Query("Reservations[].Instances[].[InstanceId,State.Name]", Ec2));

    [Fact]
    public void Filter_by_name_then_take_first_arn() =>
        Assert.Equal("\"arn:aws:iam::123456789012:user/x\"", Query("Users[?UserName=='x'].Arn | [0]", Iam));

    [Fact]
    public void Count_buckets() => Assert.Equal("2", Query("length(Buckets)", S3));

    [Fact]
    public void Newest_user_by_create_date() => Assert.Equal("\"y\"", Query("sort_by(Users, &CreateDate)[-1].UserName", Iam));

    [Fact]
    public void Running_instance_ids_by_filter() =>
        Assert.Equal("""["i-1","i-3"]""", Query("Reservations[].Instances[?State.Name=='running'].InstanceId[]", Ec2));

    [Fact]
    public void Multiselect_hash_keeps_key_order() =>
        Assert.Equal("""[{"Id":"i-1","Name":"web"},{"Id":"i-2","Name":null},{"Id":"i-3","Name":null}]""",
            Query("Reservations[].Instances[].{Id: InstanceId, Name: Tags[?Key=='Name'].Value | [0]}", Ec2));

    [Fact]
    public void Filter_by_date_compares_strings_like_the_CLI() =>
        Assert.Equal("""["y","z"]""", Query("Users[?CreateDate>='2022-01-01'].UserName", Iam));

    [Fact]
    public void Nested_projection_without_flatten_keeps_grouping() =>
        Assert.Equal("""[["i-1","i-2"],["i-3"]]""", Query("Reservations[*].Instances[*].InstanceId", Ec2));

    [Fact]
    public void Missing_key_gives_null() => Assert.Equal("null", Query("Reservations[0].Nope", Ec2));
}
