#!/usr/bin/env python3
"""Records golden expectations for `aws configure` by running the real AWS CLI v2 (/usr/bin/aws, 2.9.19).

Each scenario starts from an empty temporary HOME holding the given files, runs `/usr/bin/aws configure ARGS`
with a clean environment (HOME, PATH, AWS_EC2_METADATA_DISABLED=true plus the scenario's variables) and the
scenario's stdin, then records exit code, stdout, stderr and every file under HOME afterwards (text + mode).
The temporary HOME path is written as {HOME}. Run: python3 make_golden.py > configure-golden.json
"""
import json, os, shutil, subprocess, sys, tempfile

D = "[default]\nregion = us-east-1\noutput = json\n"
CREDS = "[default]\naws_access_key_id = AKIADEFAULT1234\naws_secret_access_key = defaultsecretWXYZ\n\n[dev]\naws_access_key_id = AKIADEV5678\naws_secret_access_key = devsecretQRST\naws_session_token = devtoken\n"
PROFILES = "[default]\nregion = us-east-1\n\n[profile dev]\nregion = eu-west-1\noutput = text\ns3 =\n    max_concurrent_requests = 10\n    addressing_style = path\n\n[profile \"quoted\"]\nregion = ap-south-1\n\n[sso-session corp]\nsso_region = us-east-1\n\n[plugins]\ncli_legacy_plugin_path = /x\n"
COMMENTED = "# top comment\n[default]\n; a comment\nregion = us-east-1   \n# region = commented\n\n[profile other]\noutput = text\n"
NESTED = "[default]\nregion = us-west-2\ns3 =\n    max_concurrent_requests = 10\n    max_queue_size = 100\noutput = json\n\n[profile x]\nregion = a\n"
CSV = "User name,Password,Access key ID,Secret access key,Console login link\nalice,pw,AKIAALICE,alicesecret,https://x\nbob,pw,AKIABOB,bobsecret,https://x\n"

S = []
def sc(name, args, files=None, env=None, stdin=""):
    S.append(dict(name=name, args=args, files=files or {}, env=env or {}, stdin=stdin))

# set
sc("set_region_creates_files", ["set", "region", "us-west-2"])
sc("set_region_replaces_value", ["set", "region", "us-west-2"], {".aws/config": D})
sc("set_new_key_after_last_option", ["set", "cli_pager", ""], {".aws/config": D})
sc("set_profile_option_appends_section", ["set", "region", "eu-west-1", "--profile", "dev"], {".aws/config": D})
sc("set_dotted_profile_existing_section", ["set", "profile.dev.output", "yaml"], {".aws/config": PROFILES})
sc("set_dotted_default", ["set", "default.region", "us-west-1"], {".aws/config": PROFILES})
sc("set_quoted_section_matches", ["set", "profile.quoted.output", "table"], {".aws/config": PROFILES})
sc("set_profile_with_space_is_shell_quoted", ["set", "region", "x", "--profile", "my dev"], {".aws/config": D})
sc("set_plugins_section", ["set", "plugins.foo", "bar"], {".aws/config": PROFILES})
sc("set_nested_new_block", ["set", "default.s3.max_concurrent_requests", "20"], {".aws/config": D})
sc("set_nested_existing_key", ["set", "default.s3.max_concurrent_requests", "20"], {".aws/config": NESTED})
sc("set_nested_new_key_in_block", ["set", "default.s3.multipart_threshold", "64MB"], {".aws/config": NESTED})
sc("set_nested_profile_block_before_blank", ["set", "profile.dev.s3.multipart_chunksize", "16MB"], {".aws/config": PROFILES})
sc("set_nested_unqualified_uses_profile", ["set", "s3.addressing_style", "virtual", "--profile", "dev"], {".aws/config": PROFILES})
sc("set_nested_block_at_end_of_file", ["set", "profile.x.s3.use_accelerate_endpoint", "true"], {".aws/config": NESTED + "s3 =\n    addressing_style = path\n"})
sc("set_access_key_goes_to_credentials", ["set", "aws_access_key_id", "AKIANEW"], {".aws/config": D})
sc("set_secret_key_profile_credentials", ["set", "aws_secret_access_key", "newsecret", "--profile", "dev"], {".aws/credentials": CREDS})
sc("set_session_token_dotted_profile", ["set", "profile.new.aws_session_token", "tok"], {".aws/credentials": CREDS})
sc("set_keeps_comments", ["set", "output", "text"], {".aws/config": COMMENTED})
sc("set_comment_counts_as_option_line", ["set", "output", "text"], {".aws/config": "[default]\nregion = a\n\n# note: x\n"})
sc("set_no_trailing_newline_existing_section", ["set", "output", "json"], {".aws/config": "[default]\nregion = a"})
sc("set_no_trailing_newline_new_section", ["set", "region", "b", "--profile", "p"], {".aws/config": "[default]\nregion = a"})
sc("set_crlf_file_rewritten_with_lf", ["set", "region", "b"], {".aws/config": "[default]\r\nregion = a\r\noutput = json\r\n"})
sc("set_crlf_file_append_keeps_bytes", ["set", "region", "b", "--profile", "p"], {".aws/config": "[default]\r\nregion = a\r\n"})
sc("set_env_profile_for_unqualified", ["set", "region", "x"], {".aws/config": PROFILES}, {"AWS_PROFILE": "dev"})
sc("set_env_profile_for_dotted_unknown_section", ["set", "s3.max_queue_size", "5"], {".aws/config": PROFILES}, {"AWS_PROFILE": "dev"})
sc("set_custom_config_file_env", ["set", "region", "x"], {}, {"AWS_CONFIG_FILE": "~/custom/dir/cfg"})
sc("set_custom_credentials_file_env", ["set", "aws_access_key_id", "AK"], {}, {"AWS_SHARED_CREDENTIALS_FILE": "{HOME}/c/creds"})
sc("set_works_with_broken_config", ["set", "region", "x"], {".aws/config": "oops\n[default]\n"})
sc("set_value_with_spaces", ["set", "cli_pager", "less -FRX"], {".aws/config": D})
sc("set_indented_header_not_matched", ["set", "region", "x"], {".aws/config": "  [default]\nregion = a\n"})
# get
sc("get_region", ["get", "region"], {".aws/config": D})
sc("get_missing_is_rc1", ["get", "nothing"], {".aws/config": D})
sc("get_profile_option", ["get", "region", "--profile", "dev"], {".aws/config": PROFILES})
sc("get_dotted_profile", ["get", "profile.dev.output"], {".aws/config": PROFILES})
sc("get_dotted_known_profile", ["get", "dev.region"], {".aws/config": PROFILES})
sc("get_dotted_default", ["get", "default.region"], {".aws/config": PROFILES})
sc("get_nested_value", ["get", "profile.dev.s3.addressing_style"], {".aws/config": PROFILES})
sc("get_nested_unqualified", ["get", "s3.max_concurrent_requests"], {".aws/config": PROFILES}, {"AWS_PROFILE": "dev"})
sc("get_section_is_error", ["get", "s3"], {".aws/config": PROFILES}, {"AWS_PROFILE": "dev"})
sc("get_plugins", ["get", "plugins.cli_legacy_plugin_path"], {".aws/config": PROFILES})
sc("get_credentials_value", ["get", "aws_access_key_id", "--profile", "dev"], {".aws/credentials": CREDS})
sc("get_unknown_profile", ["get", "region", "--profile", "nope"], {".aws/config": D})
sc("get_unknown_env_profile", ["get", "region"], {".aws/config": D}, {"AWS_PROFILE": "nope"})
sc("get_parse_error", ["get", "region"], {".aws/config": "region = x\n[default]\n"})
sc("get_duplicate_section_error", ["get", "region"], {".aws/config": "[default]\nregion=a\n[default]\n"})
sc("get_credentials_parse_error", ["get", "region"], {".aws/config": D, ".aws/credentials": "x = 1\n"})
sc("get_ignores_env_region", ["get", "region"], {".aws/config": D}, {"AWS_REGION": "eu-north-1"})
sc("get_default_section_inherited", ["get", "output", "--profile", "dev"], {".aws/config": "[DEFAULT]\noutput = table\n[profile dev]\nregion = a\n"})
# list
sc("list_nothing", ["list"])
sc("list_config_file_creds", ["list"], {".aws/config": "[default]\nregion = us-west-2\naws_access_key_id = CFGKEY1234\naws_secret_access_key = CFGSECRETABCD\n"})
sc("list_profile_option", ["list", "--profile", "dev"], {".aws/config": PROFILES, ".aws/credentials": CREDS})
sc("list_env_profile", ["list"], {".aws/config": PROFILES, ".aws/credentials": CREDS}, {"AWS_PROFILE": "dev"})
sc("list_env_everything", ["list"], {".aws/config": D}, {"AWS_ACCESS_KEY_ID": "AKENV", "AWS_SECRET_ACCESS_KEY": "SKENVX", "AWS_DEFAULT_REGION": "sa-east-1"})
sc("list_custom_config_file", ["list"], {"cfg": D}, {"AWS_CONFIG_FILE": "~/cfg"})
sc("list_unknown_profile", ["list", "--profile", "nope"], {".aws/config": D})
sc("list_parse_error", ["list"], {".aws/config": "[default]\nregion=a\nregion=b\n"})
# list-profiles
sc("list_profiles", ["list-profiles"], {".aws/config": PROFILES, ".aws/credentials": CREDS + "\n[credonly]\naws_access_key_id = A\n"})
sc("list_profiles_none", ["list-profiles"])
sc("list_profiles_parse_error", ["list-profiles"], {".aws/config": "[default\n"})
# export-credentials
for fmt in ["process", "env", "env-no-export", "powershell", "windows-cmd"]:
    sc("export_" + fmt.replace("-", "_"), ["export-credentials", "--format", fmt, "--profile", "dev"], {".aws/credentials": CREDS})
sc("export_default_format", ["export-credentials"], {".aws/credentials": CREDS})
sc("export_from_config_file", ["export-credentials", "--format", "env"], {".aws/config": "[default]\naws_access_key_id = CFGAK\naws_secret_access_key = CFGSK\n"})
sc("export_from_env", ["export-credentials", "--format", "env-no-export"], {".aws/credentials": CREDS}, {"AWS_ACCESS_KEY_ID": "ENVAK", "AWS_SECRET_ACCESS_KEY": "ENVSK", "AWS_SESSION_TOKEN": "ENVTOK"})
sc("export_no_credentials", ["export-credentials"], {".aws/config": D})
sc("export_unknown_profile", ["export-credentials", "--profile", "nope"], {".aws/config": D})
# import
sc("import_csv", ["import", "--csv", "file://{HOME}/creds.csv"], {"creds.csv": CSV})
sc("import_csv_prefix_existing_file", ["import", "--csv", "file://{HOME}/creds.csv", "--profile-prefix", "imp-"], {"creds.csv": CSV, ".aws/credentials": CREDS})
sc("import_csv_updates_existing_profile", ["import", "--csv", "file://{HOME}/creds.csv"], {"creds.csv": CSV, ".aws/credentials": "[alice]\naws_access_key_id = OLD\nregion = x\n"})
sc("import_invalid_row_strict", ["import", "--csv", "file://{HOME}/creds.csv"], {"creds.csv": CSV + "carol,pw,,\n"})
sc("import_invalid_row_skipped", ["import", "--csv", "file://{HOME}/creds.csv", "--skip-invalid"], {"creds.csv": CSV + "carol,pw,,\n"})
sc("import_missing_header", ["import", "--csv", "file://{HOME}/creds.csv"], {"creds.csv": "User name,Access key ID\nx,y\n"})
sc("import_empty_csv", ["import", "--csv", "file://{HOME}/creds.csv"], {"creds.csv": "  \n"})
sc("import_literal_csv", ["import", "--csv", "User Name,Access Key ID,Secret Access Key\nzed,AKZ,SKZ"])
sc("import_missing_file", ["import", "--csv", "file://{HOME}/nope.csv"])
# interactive
sc("interactive_new", [], {}, {}, "AKIANEW1234\nnewsecret5678\nus-west-2\njson\n")
sc("interactive_keep_existing", [], {".aws/config": D, ".aws/credentials": CREDS}, {}, "\n\n\n\n")
sc("interactive_change_region_profile", ["--profile", "dev"], {".aws/config": PROFILES, ".aws/credentials": CREDS}, {}, "\n\nus-east-2\n\n")
sc("interactive_new_profile", ["--profile", "fresh"], {".aws/config": D}, {}, "AK\nSK\n\ntext\n")
sc("interactive_eof", [], {}, {}, "AK\n")
sc("interactive_same_value_not_written", [], {".aws/config": D}, {}, "\n\nus-east-1\njson\n")
# edge cases
sc("interactive_only_keys_writes_empty_config_section", [], {}, {}, "AK\nSK\n\n\n")
sc("interactive_env_profile", [], {".aws/config": PROFILES}, {"AWS_PROFILE": "dev"}, "\n\nus-east-2\n\n")
sc("set_profile_without_key", ["set", "profile.x", "v"], {".aws/config": D})
sc("set_leading_dot", ["set", ".region", "x"], {".aws/config": D})
sc("set_predefined_substring", ["set", "in.key", "v"], {".aws/config": D})
sc("set_nested_over_scalar", ["set", "default.s3.max_queue_size", "1"], {".aws/config": "[default]\ns3 = flat\nregion = a\n"})
sc("set_scalar_over_nested", ["set", "default.s3", "flat"], {".aws/config": NESTED})
sc("set_deep_dotted", ["set", "default.s3.a.b", "v"], {".aws/config": D})
sc("set_nested_block_ends_file", ["set", "default.s3.x", "1"], {".aws/config": "[default]\ns3 =\n"})
sc("set_uppercase_default_section", ["set", "region", "b"], {".aws/config": "[DEFAULT]\nregion = a\n"})
sc("set_unknown_profile_creates_section", ["set", "region", "b", "--profile", "brand-new"], {".aws/config": D})
sc("get_profile_without_key", ["get", "profile.x"], {".aws/config": PROFILES})
sc("get_dotted_on_scalar", ["get", "default.region.x"], {".aws/config": PROFILES})
sc("get_dotted_unknown_first_part", ["get", "foo.bar"], {".aws/config": PROFILES})
sc("get_predefined_substring_profile", ["get", "p.region"], {".aws/config": "[profile p]\nregion = x\n"})
sc("get_empty_env_profile", ["get", "region"], {".aws/config": D}, {"AWS_PROFILE": ""})
sc("usage_close_match", ["lst"])
sc("usage_format_close_match", ["export-credentials", "--format", "envv"])
sc("export_recursion_loop", ["export-credentials"], {".aws/credentials": CREDS}, {"_AWS_CLI_PROFILE_CHAIN": "default"})
sc("export_recursion_max", ["export-credentials", "--profile", "dev"], {".aws/credentials": CREDS}, {"_AWS_CLI_PROFILE_CHAIN": "a,b,c,d"})
sc("export_partial_credentials", ["export-credentials"], {".aws/credentials": "[default]\naws_access_key_id = A\n"})
sc("list_partial_credentials", ["list"], {".aws/credentials": "[default]\naws_access_key_id = A\n"})
sc("list_profiles_credentials_prefix_kept", ["list-profiles"], {".aws/credentials": "[profile foo]\naws_access_key_id = A\n"})
sc("import_csv_crlf", ["import", "--csv", "file://{HOME}/creds.csv"], {"creds.csv": CSV.replace("\n", "\r\n")})
sc("import_csv_bom", ["import", "--csv", "file://{HOME}/creds.csv"], {"creds.csv": "\ufeff" + CSV})
sc("set_header_with_trailing_text", ["set", "region", "b"], {".aws/config": "[default] # note\nregion = a\n"})
sc("set_header_with_extra_bracket", ["set", "output", "text"], {".aws/config": "[default]x]\nregion = a\n[profile p]\nregion = c\n"})
sc("set_crlf_with_comment_lines", ["set", "output", "text", "--profile", "p"], {".aws/config": "[default]\r\n# c = 1\r\nregion = a\r\n\r\n[profile p]\r\n; x\r\nregion = c\r\n"})
sc("interactive_nested_current_value", [], {".aws/config": "[default]\nregion =\n    a = 1\n    b = it's\n"}, {}, "\n\n\n\n")
sc("list_nested_region", ["list"], {".aws/config": "[default]\nregion =\n    a = 1\n"})
# usage errors
for a in [["set"], ["set", "region"], ["get"], ["set", "a", "b", "c"], ["get", "a", "b"], ["list", "x"],
          ["list-profiles", "x"], ["foo"], ["export-credentials", "--format", "bad"], ["import"], ["import", "--csv"],
          ["set", "region", "x", "--bogus"], ["--bogus"]]:
    sc("usage_" + "_".join(x.strip("-") for x in a), a)

def snapshot(home):
    out = {}
    for root, dirs, files in os.walk(home):
        for f in files:
            p = os.path.join(root, f)
            rel = os.path.relpath(p, home)
            with open(p, "rb") as fh:
                data = fh.read()
            out[rel] = {"text": data.decode("utf-8", "surrogateescape"), "mode": oct(os.stat(p).st_mode & 0o777)}
    return out

results = []
for s in S:
    tmp = tempfile.mkdtemp(prefix="cfggold")
    home = os.path.join(tmp, "home")
    os.makedirs(home)
    sub = lambda t: t.replace("{HOME}", home)
    for rel, text in s["files"].items():
        p = os.path.join(home, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", newline="") as fh:
            fh.write(text)
    env = {"HOME": home, "PATH": "/usr/bin:/bin", "AWS_EC2_METADATA_DISABLED": "true"}
    env.update({k: sub(v) for k, v in s["env"].items()})
    p = subprocess.run(["/usr/bin/aws", "configure"] + [sub(a) for a in s["args"]], input=s["stdin"].encode(),
                       capture_output=True, env=env, cwd=home)
    unsub = lambda t: t.replace(home, "{HOME}")
    r = dict(s)
    r.update(rc=p.returncode, stdout=unsub(p.stdout.decode()), stderr=unsub(p.stderr.decode()),
             files_after={k: {"text": unsub(v["text"]), "mode": v["mode"]} for k, v in snapshot(home).items()})
    results.append(r)
    shutil.rmtree(tmp)

json.dump({"description": __doc__.strip().splitlines(), "aws_cli_version": subprocess.run(["/usr/bin/aws", "--version"], capture_output=True, text=True).stdout.strip(),
           "scenarios": results}, sys.stdout, indent=1, ensure_ascii=False)
