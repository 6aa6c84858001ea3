namespace Aws.Cli.Arguments;

/// <summary>Help text of the CLI-only options (the CLI's wording).</summary>
internal static class CliInputHelp
{
    public const string Json =
        "Reads arguments from the JSON string provided. The JSON string follows the format provided by " +
        "``--generate-cli-skeleton``. If other arguments are provided on the command line, those values will " +
        "override the JSON-provided values. It is not possible to pass arbitrary binary values using a " +
        "JSON-provided value as the string will be taken literally. This may not be specified along with " +
        "``--cli-input-yaml``.";

    public const string Yaml =
        "Reads arguments from the YAML string provided. The YAML string follows the format provided by " +
        "``--generate-cli-skeleton yaml-input``. If other arguments are provided on the command line, those " +
        "values will override the YAML-provided values. This may not be specified along with ``--cli-input-json``.";

    public const string Skeleton =
        "Prints a JSON skeleton to standard output without sending an API request. If provided with no value or " +
        "the value ``input``, prints a sample input JSON that can be used as an argument for ``--cli-input-json``. " +
        "Similarly, if provided ``yaml-input`` it will print a sample input YAML that can be used with " +
        "``--cli-input-yaml``. If provided with the value ``output``, it validates the command inputs and returns " +
        "a sample output JSON for that command. The generated JSON skeleton is not stable between versions of the " +
        "AWS CLI and there are no backwards compatibility guarantees in the JSON skeleton generated.";

    public const string StartingToken =
        "<p>A token to specify where to start paginating.  This is the\n<code>NextToken</code> from a previously " +
        "truncated response.</p>\n<p>For usage examples, see <a href=\"https://docs.aws.amazon.com/cli/latest/" +
        "userguide/pagination.html\" >Pagination</a> in the <i>AWS Command Line Interface User\nGuide</i>.</p>\n";

    public const string PageSize =
        "<p>The size of each page to get in the AWS service call.  This\ndoes not affect the number of items " +
        "returned in the command's output.\nSetting a smaller page size results in more calls to the AWS service, " +
        "retrieving fewer items in each call.  This can help prevent the AWS\nservice calls from timing out.</p>\n" +
        "<p>For usage examples, see <a href=\"https://docs.aws.amazon.com/cli/latest/userguide/pagination.html\" " +
        ">Pagination</a> in the <i>AWS Command Line Interface User\nGuide</i>.</p>\n";

    public const string MaxItems =
        "<p>The total number of items to return in the command's output.\nIf the total number of items available " +
        "is more than the value\nspecified, a <code>NextToken</code> is provided in the command's\noutput.  To " +
        "resume pagination, provide the\n<code>NextToken</code> value in the <code>starting-token</code>\nargument " +
        "of a subsequent command.  <b>Do not</b> use the\n<code>NextToken</code> response element directly outside " +
        "of the\nAWS CLI.</p>\n<p>For usage examples, see <a href=\"https://docs.aws.amazon.com/cli/latest/" +
        "userguide/pagination.html\" >Pagination</a> in the <i>AWS Command Line Interface User\nGuide</i>.</p>\n";

    public const string Count =
        "<p>Number of instances to launch. If a single number is provided, it\nis assumed to be the minimum to " +
        "launch (defaults to 1).  If a range is\nprovided in the form <code>min:max</code> then the first number " +
        "is\ninterpreted as the minimum number of instances to launch and the second\nis interpreted as the " +
        "maximum number of instances to launch.</p>";
}
